# Notice texts for heldout21. Each ground is marked in place as [[category: ...]].
# A form feed "\f" is a page break. Keys: kind, date, receipt, days (response
# days counted in the notice, or None), furniture, text.
N = {}

N["c01-numbered-rfe-2p"] = dict(kind="rfe", date="2027-01-18", receipt="IOE0823617450", days=87,
furniture=["IOE0823617450 - Request for Evidence - page 1 of 2", "IOE0823617450 - Request for Evidence - page 2 of 2"],
text="""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
REQUEST FOR EVIDENCE
January 18, 2027
Receipt Number: IOE0823617450
Form I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Applicant: Ilir Dervishaj
Beneficiary: Arben Dervishaj
Dear Mr. Dervishaj:
You filed a request for parole on behalf of your son, Arben Dervishaj, age 11, a citizen of Albania, so that he may have a tumor near the pituitary gland (craniopharyngioma) removed at a pediatric neurosurgery program in Boston, Massachusetts.
Parole may be granted only case by case for urgent humanitarian reasons or significant public benefit. You must show by a preponderance of the evidence that your son qualifies. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). The evidence you filed so far does not meet that burden. We need the items below.
1. [[medical-urgency: The MRI report from Tirana dated October 2, 2026 measures the mass at 3.1 centimeters, yet no physician states whether it is growing, how his eyesight has changed since then, or what harm is likely if the operation waits six months. Ask his neurosurgeon or pediatrician for an up to date letter that answers these points.]]
2. [[treatment-unavailable: The letter from the neurosurgery ward in Tirana says the hospital "lacks experience with this lesion in children," but it does not say whether surgeons in Italy, Greece or Turkey, where Albanian patients are often sent, were asked to take him. Explain why treatment in one of those countries is not possible.]]
3. [[us-treatment-arranged: The Boston program sent a general welcome letter addressed "To whom it may concern." It does not name a surgeon, confirm that your son's images were reviewed, give an expected date for the operation or say how long he would remain under the
IOE0823617450 - Request for Evidence - page 1 of 2
\fIOE0823617450 - Request for Evidence - page 2 of 2
team's care afterward. Provide a letter from the accepting surgeon with these details.]]
4. [[financial-support: The hospital's estimate is $148,000, and your Form I-134 sponsor, a cousin in Worcester, reports yearly wages of $61,000 and savings of $9,500. Show how the full cost of surgery, the hormone treatment that usually follows it and the family's lodging would be paid.]]
5. [[documentation: The Albanian birth certificate is a photocopy with the seal and the registrar's name cut off at the edge, and the discharge summary from Tirana was filed without any translation into English. Send the whole birth certificate, seal included, and a certified English translation of the discharge summary.]]
Send your response, with a copy of this notice on top, to the address shown above. Your response must be received within 87 days of the date of this notice (84 days plus 3 days for mailing). If you do not respond, we will decide the request on the record as it stands.
Sincerely,
Marguerite Olsson
Supervisory Officer, Humanitarian Affairs Branch
""")

N["c02-lettered-noid"] = dict(kind="noid", date="2027-02-22", receipt="IOE0391746258", days=33, furniture=[],
text="""U.S. Citizenship and Immigration Services
NOTICE OF INTENT TO DENY
Date: February 22, 2027
Receipt Number: IOE0391746258
Beneficiary: Fatmata Kamara
Petitioner: Ibrahim Sesay
Dear Mr. Sesay:
You asked USCIS to parole your niece, Fatmata Kamara, a four year old child who lives in Freetown, Sierra Leone, so that a nerve cell cancer of the adrenal gland (neuroblastoma) can be treated with surgery and chemotherapy at a children's cancer hospital in Memphis, Tennessee.
The petitioner bears the burden of proof, and parole is an exercise of discretion reserved for urgent humanitarian reasons or significant public benefit. We reviewed your Form I-131, the medical records from Freetown, the Memphis intake letter, your Form I-134 and your written statement. On this record we propose a denial, and we explain why below.
(a) [[treatment-unavailable: The oncologist in Freetown writes that surgery for her tumor "cannot be done here," but Ghana and Senegal both run pediatric cancer units that accept children from Sierra Leone, and nothing shows that either was contacted or that either refused her.]]
(b) [[us-treatment-arranged: All the Memphis letter confirms is receipt of a referral, now "under review by our intake committee." It is not an acceptance, and it gives no treatment plan, start date or cost.]]
(c) [[financial-support: You state that you will pay for her care yourself, yet your 2026 tax return shows household income of $38,400 for five people, and neither an insurer nor a charity nor any further sponsor has agreed to cover any part of the treatment.]]
(d) [[discretion: In 2019 the child's mother, who would travel with her, was refused a visitor visa after a consular officer found that she had given a false employer on her application, and your filing does not mention or explain that finding.]]
You may submit a written rebuttal and any further evidence. It must reach us within 33 days of the date of this notice (30 days plus 3 days for mailing). If no response arrives, the request will be denied on the present record.
Sincerely,
Tobias Renner
Officer, Humanitarian Affairs Branch
""")

N["c03-bulleted-denial"] = dict(kind="denial", date="2027-03-30", receipt="IOE0654208193", days=None, furniture=[],
text="""U.S. Citizenship and Immigration Services
DECISION
March 30, 2027
Receipt Number: IOE0654208193
Beneficiary: Souksavanh Phommachanh
Applicant: Vilayvanh Phommachanh
Dear Ms. Phommachanh:
You filed Form I-131 asking that your sister, Souksavanh Phommachanh, age 22, of Vientiane, Laos, be paroled into the United States for evaluation for a double lung transplant because of advanced cystic fibrosis. After review, the request is denied.
Parole is granted only case by case for urgent humanitarian reasons or significant public benefit, and the applicant must show that the beneficiary qualifies and merits a favorable use of discretion.
The record includes:
- Form I-131 and your statement of January 9, 2027
- lung function results and clinic notes from Vientiane
- an email from a transplant coordinator in Pittsburgh, Pennsylvania
- Form I-134 from your husband, Daniel Reyes
We deny the request for the following reasons:
• [[us-treatment-arranged: A lung transplant center normally decides whether a patient may be listed only after a full evaluation, and the coordinator's email says that your sister "may be considered" once records are received. Nothing shows she has been accepted for evaluation, and even if she were, being listed for donor lungs could take many months or years.]]
• [[travel-feasibility: Her clinic notes record oxygen saturations of 86 percent at rest and a need for oxygen at night. No physician states that she can survive a flight of well over twenty hours, and no plan for oxygen on board or a medical escort was filed.]]
• [[temporary-stay: After a transplant, a patient needs lifelong drugs to prevent rejection and frequent checks at the transplant center. The record gives no account of how she would obtain that care in Laos, and your statement says that you hope she can "build a life here with us."]]
There is no appeal from this decision, and a motion to reopen or reconsider is not available. Nothing prevents you from filing Form I-131 again, with the required fee and new evidence.
Sincerely,
Harriet Vu
Officer, Humanitarian Affairs Branch
""")

N["c04-headed-denial-2p"] = dict(kind="denial", date="2027-04-26", receipt="IOE0174592836", days=None,
furniture=["Page 1 of 2", "Decision on Parole - Clarke - IOE0174592836", "Page 2 of 2"],
text="""U.S. Citizenship and Immigration Services
DECISION ON REQUEST FOR PAROLE
April 26, 2027
Receipt Number: IOE0174592836
Beneficiary: Jermaine Clarke
Petitioner: Andrea Clarke-Moseley
Dear Ms. Clarke-Moseley:
You requested parole for your brother, Jermaine Clarke, a 19 year old citizen of Barbados, to receive surgery and radiation for a synovial sarcoma of the left thigh at a cancer center in Houston, Texas. Having reviewed the record, we deny the application.
Applicable Law
Section 212(d)(5)(A) of the Immigration and Nationality Act allows parole on a case by case basis for urgent humanitarian reasons or significant public benefit. The burden is on you to show eligibility, and the decision is discretionary.
Evidence Reviewed
We considered your Form I-131, letters from an orthopedic surgeon in Bridgetown dated January 5 and February 11, 2027, a biopsy report, a Houston appointment letter, your Form I-134 and a copy of your brother's passport.
Availability of Care in the Region
[[treatment-unavailable: The Bridgetown surgeon writes that limb sparing surgery for this tumor is offered at a university hospital in Kingston, Jamaica, and that Barbadian patients are referred there under a regional agreement. The record does not say why your brother was not referred to Kingston or whether a referral was refused.]]
Planned Treatment
[[us-treatment-arranged: The Houston letter gives an appointment with a sarcoma clinic on May 20, 2027 for "consultation." It does not say that the surgeon has accepted him for surgery, nor does it describe radiation, the length of treatment or the follow up plan.]]
Criminal History
[[security: The copy of his police record from Barbados shows a 2025 charge of wounding with intent, listed as "pending." You did not explain the charge, its present status, or whether a court in Barbados has allowed him to leave the country while the case is open, and without that information USCIS cannot
Page 1 of 2
\fDecision on Parole - Clarke - IOE0174592836
weigh the risk to public safety.]]
Alternative Routes
[[other-avenues: Your brother already holds a B-1/B-2 visa valid until 2029, as the copy of his passport shows. Your filing is silent on why that visa would not serve him for the consultation and surgery, or why parole is needed instead.]]
Conclusion
For these reasons, the application is denied. This decision cannot be appealed to the Administrative Appeals Office. You may file a new Form I-131 with the filing fee if circumstances change.
Sincerely,
Curtis Abernathy
Section Chief, Humanitarian Affairs Branch
Page 2 of 2
""")

N["c05-runon-noid"] = dict(kind="noid", date="2027-05-17", receipt="IOE0942815367", days=30, furniture=[],
text="""U.S. Citizenship and Immigration Services
NOTICE OF INTENT TO DENY
May 17, 2027
Receipt Number: IOE0942815367
Beneficiary: Firuz Nazarov
Applicant: Dilnoza Nazarova
Dear Ms. Nazarova:
You applied for parole for your grandson, Firuz Nazarov, who is five months old and lives in Dushanbe, Tajikistan. He was born with the two main arteries of the heart attached to the wrong chambers (transposition of the great arteries) and a hole between the lower chambers, and you ask that he come to a children's heart hospital in Philadelphia, Pennsylvania, for an arterial switch operation.
Parole may be granted case by case for urgent humanitarian reasons or significant public benefit. The applicant must prove eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). The record contains your Form I-131, a cardiology report and echocardiogram from Dushanbe, an email sent by the international patient staff in Philadelphia, and Form I-134 from your son-in-law.
USCIS intends to deny the request. [[treatment-unavailable: The cardiology report says that the arterial switch "is not performed in Tajikistan," but heart centers in Almaty, Moscow and Istanbul perform the operation on infants, yet nothing filed says that a single one of these centers was approached about him.]] [[us-treatment-arranged: Moreover, the email from the international office states that a cost estimate "will be prepared after review," and no surgeon at the hospital has said that the child was accepted or when he would be operated on.]]
[[financial-support: Your son-in-law reports $44,000 a year on his Form I-134 and no savings, and the record has no estimate of the hospital charges, so USCIS cannot find that the costs of surgery, intensive care and the family's stay are covered.]] [[travel-feasibility: Additionally, infants with this defect often depend on medication to keep a blood vessel open until surgery, and no physician addresses whether he can safely make the long flight from Dushanbe, who would accompany him, or what care he would have on board.]]
You may respond with evidence within 30 days of the date of this notice. If we receive no response, we will deny the request.
Sincerely,
Paulina Grześkowiak
Officer, Humanitarian Affairs Branch
""")

N["c06-quoting-rfe-denial"] = dict(kind="denial", date="2027-06-28", receipt="IOE0517380924", days=None, furniture=[],
text="""U.S. Citizenship and Immigration Services
DECISION
June 28, 2027
Receipt Number: IOE0517380924
Beneficiary: Aigerim Toktogulova
Applicant: Nurlan Toktogulov
Dear Mr. Toktogulov:
You filed Form I-131 asking that your wife, Aigerim Toktogulova, age 30, a citizen of Kyrgyzstan, be paroled to have a tumor of the pituitary gland that is causing Cushing disease removed through the nose at a medical center in Los Angeles, California. The application is denied.
You bear the burden of showing that your wife is eligible for parole and that it should be granted as a matter of discretion.
On April 12, 2027, USCIS sent you a request for evidence that asked, among other things, for:
"A letter from a physician explaining how her condition has changed over the past six months and what harm she faces should surgery be put off."
"Evidence of the total cost of surgery and aftercare and of the funds available to pay it."
"Evidence that she will return to Kyrgyzstan at the end of the parole period."
USCIS received your response on June 2, 2027. It included a letter from an endocrinologist in Bishkek, a letter from your employer, your bank statements and a statement from your wife.
Your response does not overcome the issues identified in the request for evidence.
[[medical-urgency: The endocrinologist in Bishkek writes that your wife's blood pressure and blood sugar are "controlled with medication" and that she continues to work part time. The letter does not describe any worsening over the past six months or explain why surgery must take place now.]]
[[financial-support: The bank statements you sent end at $12,300, and your employer confirms a salary of $58,000. Neither the Los Angeles center nor any other source has given the cost of surgery and aftercare, so the record still does not show that the expenses would be met.]]
[[temporary-stay: You and your wife's two children live in Sacramento, and her statement says that she left her job in Bishkek in 2026. The response offers no property, employment or family ties in Kyrgyzstan that would draw her back when the parole period ends.]]
The application therefore remains denied. This decision cannot be appealed. You may file a new Form I-131 with the required fee.
Sincerely,
Rosalind Achterberg
Officer, Humanitarian Affairs Branch
""")

N["c07-headers-rfe-2p"] = dict(kind="rfe", date="2027-07-12", receipt="IOE0268471935", days=87,
furniture=["USCIS | RFE | Rakotomalala | IOE0268471935", "Page 1", "Page 2"],
text="""USCIS | RFE | Rakotomalala | IOE0268471935
REQUEST FOR EVIDENCE
July 12, 2027
Receipt Number: IOE0268471935
Form I-131
Beneficiary: Mialy Rakotomalala
Applicant: Hery Rakotomalala
Dear Mr. Rakotomalala:
You filed a request for parole on behalf of your daughter, Mialy Rakotomalala, who is three years old and lives in Antananarivo, Madagascar. She has a liver cancer of early childhood (hepatoblastoma), and you ask that she be paroled for chemotherapy and removal of part of her liver at a children's hospital in Cincinnati, Ohio.
Parole is available only case by case for urgent humanitarian reasons or significant public benefit, and you must establish eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).
The file contains your Form I-131, a scan report and blood results from Antananarivo, a letter from a pediatrician, and your Form I-134.
We need further evidence on each of the matters below.
[[treatment-unavailable: The pediatrician writes that "liver surgery for small children is not available in Madagascar." Réunion and Mauritius are close by, and France accepts many patients from Madagascar. Evidence may include replies from hospitals there saying whether they can treat her, or an explanation of why she cannot be referred.]]
[[us-treatment-arranged: No letter from the Cincinnati hospital is in the file. Evidence may include a signed statement by the treating oncologist or surgeon confirming acceptance, describing the course of chemotherapy and surgery, and estimating the time she would spend in the United States.]]
[[support-plan: Your Form I-134 lists an address in Columbus, Ohio, about 100 miles from Cincinnati, and nothing explains where the girl and her parents would live during months of treatment, who would
USCIS | RFE | Rakotomalala | IOE0268471935
Page 1
\fUSCIS | RFE | Rakotomalala | IOE0268471935
drive her to appointments, or how the family would meet daily costs. Evidence may include a lease or letter from a family housing program near the hospital and a plan for transport.]]
[[documentation: The scan report and the pathology result are in French and carry no English translation, and the pathology result is a mobile phone photograph in which part of the page is unreadable. Evidence may include a complete original or certified copy of each report with a certified English translation.]]
Your response must be received within 87 days of the date of this notice (84 days plus 3 days for mailing). Please place this notice on top of your response.
Sincerely,
Owen Thibodeaux
Officer, Humanitarian Affairs Branch
USCIS | RFE | Rakotomalala | IOE0268471935
Page 2
""")

N["n08-checklist-rfe"] = dict(kind="rfe", date="2027-08-16", receipt="IOE0735162049", days=87, furniture=[],
text="""U.S. Citizenship and Immigration Services
REQUEST FOR EVIDENCE
August 16, 2027
Receipt Number: IOE0735162049
Beneficiary: Khalid Al-Rashidi
Applicant: Mariam Al-Rashidi
Dear Ms. Al-Rashidi:
You asked for parole for your father, Khalid Al-Rashidi, age 50, a citizen of Kuwait, so that a chordoma at the base of his skull can be treated with surgery and proton radiation at a cancer center in Jacksonville, Florida.
Parole may be granted case by case for urgent humanitarian reasons or significant public benefit, and you must show eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).
We compared your filing with the documents a request of this kind requires. The checklist below shows each document, whether it was received, and our comment. Items marked Received need no action. Each item marked Not received is a reason the record is incomplete.
Document checklist
Form I-131, signed — Received
Copy of the beneficiary's passport — Received
Physician's letter on diagnosis and prognosis — Received
[[medical-urgency: Statement of urgency — Not received — The neurosurgeon in Kuwait City describes the tumor but does not say how quickly it is growing, whether his double vision is getting worse, or why treatment cannot wait.]]
[[treatment-unavailable: Evidence that treatment is unavailable at home or nearby — Not received — Kuwait's health ministry sends patients abroad for proton therapy at public expense, and centers in Germany and Switzerland offer it; no letter says why he was not referred there.]]
[[us-treatment-arranged: Acceptance letter from the U.S. provider — Not received — The Jacksonville document in the file is a brochure, not a letter accepting your father as a patient.]]
Form I-134 or other proof of funds — Received
[[other-avenues: Explanation of why a visa cannot be used — Not received — Your father visited Florida with a B-2 visa in 2024; there is no sign that he has sought another or that a visa could not be issued in time.]]
Please submit each document marked Not received. Your response must be received within 87 days of the date of this notice (84 days plus 3 days for mailing). Return this notice with your response.
Sincerely,
Ingrid Castellanos
Officer, Humanitarian Affairs Branch
""")

N["n09-questions-noid"] = dict(kind="noid", date="2027-09-20", receipt="IOE0486029173", days=33, furniture=[],
text="""U.S. Citizenship and Immigration Services
NOTICE OF INTENT TO DENY
September 20, 2027
Receipt Number: IOE0486029173
Beneficiary: Dario Knowles
Applicant: Shavonne Knowles
Dear Ms. Knowles:
You asked that your son, Dario Knowles, age nine, of Nassau, The Bahamas, be paroled into the United States for proton radiation and chemotherapy after the removal of a brain tumor (medulloblastoma) in Nassau in July 2027.
Parole is granted case by case for urgent humanitarian reasons or significant public benefit. It is your burden to prove eligibility. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). We read your Form I-131, the operative report and pathology from Nassau, a letter from a radiation oncologist in Miami, Florida, and Form I-134 from your brother.
In deciding a request of this kind we ask the questions below. Our answer to each is given after it. On the present record we intend to deny the request.
1. Does the treatment need to start soon? Yes, the record supports this. Radiation after this surgery is usually begun within about a month, and the Nassau surgeon's letter asks that it begin by September 2027.
2. [[treatment-unavailable: Is the treatment available elsewhere? The record does not settle this. The Nassau letter says that proton therapy is "not on offer in The Bahamas," but it does not say whether standard radiation, which the Miami letter calls "an acceptable alternative," could be given in Nassau or in Jamaica.]]
3. [[financial-support: Who will pay for the treatment? This is not shown. The Miami letter puts the cost at $212,000, while the Form I-134 signed by your brother reports income of $67,000 with savings of $15,000. No insurer, public scheme or charity has committed funds.]]
4. [[temporary-stay: Will he return home after treatment? The record does not answer this. You state that you and Dario moved in with your brother in Orlando in 2026 while the boy visited on a B-2 visa, and you give no address or school in Nassau to which he would return.]]
5. [[discretion: Has he or his family been found to have broken U.S. immigration law? Yes. Dario stayed in the United States for seven months beyond his authorized stay in 2026, and you stayed with him. Your request does not acknowledge or explain the overstay.]]
You may respond within 33 days of the date of this notice (30 days plus 3 days for mailing). Send any evidence that answers the concerns above. If you do not respond, we will decide the request on the present record.
Sincerely,
Cornelius Baptiste
Officer, Humanitarian Affairs Branch
""")

N["n10-exhibits-reasons-denial-2p"] = dict(kind="denial", date="2027-10-25", receipt="IOE0619845370", days=None, furniture=[],
text="""U.S. Citizenship and Immigration Services
DECISION
October 25, 2027
Receipt Number: IOE0619845370
Beneficiary: Ramesh Maharaj
Petitioner: Anita Maharaj-Boodram
Dear Ms. Maharaj-Boodram:
You filed Form I-131 for your father, Ramesh Maharaj, age 58, a citizen of Trinidad and Tobago, for surgery to clear old blood clots from the arteries of his lungs (chronic thromboembolic pulmonary hypertension) at a university hospital in San Diego, California.
We have decided to deny the request. The reasons are set out in the attached Statement of Reasons, which forms part of this decision.
This decision is final. This decision cannot be taken to the Administrative Appeals Office on appeal. You may file a new Form I-131 with the fee and any new evidence.
Sincerely,
Beatrix Lindqvist
Officer, Humanitarian Affairs Branch
Attachment: Statement of Reasons
\fSTATEMENT OF REASONS
Receipt Number: IOE0619845370
I. Evidence Considered
Exhibit A-1: Form I-131 and the petitioner's statement of June 30, 2027
Exhibit A-2: letter of Dr. Kavita Rampersad, cardiologist, Port of Spain, dated June 14, 2027
Exhibit A-3: right heart catheter report, Port of Spain, May 2027
Exhibit A-4: email from the San Diego hospital's international office dated July 2, 2027
Exhibit A-5: Form I-134 from the petitioner's husband
Exhibit A-6: record of the beneficiary's 2021 arrest in Miami, Florida
II. Legal Standard
Parole is granted only case by case for urgent humanitarian reasons or significant public benefit, and the petitioner must establish eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).
III. Reasons
1. [[us-treatment-arranged: The San Diego email (A-4) says that the surgical team "would be pleased to evaluate" your father, but it does not accept him for surgery or say when an operation could occur.]]
2. [[treatment-unavailable: Dr. Rampersad (A-2) writes that the operation "has not been done in Trinidad," but she also mentions a surgeon in Bogotá, Colombia who performs it, and nothing filed indicates that this surgeon was ever approached.]]
3. [[financial-support: Form I-134 (A-5) lists income of $71,000 and no savings, while the catheter report (A-3) and email (A-4) give no cost estimate, so there is no basis to find that care would be paid for.]]
4. [[security: In 2021 your father was arrested in Miami for possession of a controlled substance with intent to sell (A-6). The record does not show the outcome of the case, and your statement (A-1) does not mention it.]]
IV. Conclusion
Considering the record as a whole, the petitioner has not shown that parole is warranted. The request is denied.
""")
