# Notice texts for heldout22. Each ground is marked in place as [[category: ...]].
# "date" is the notice date; "days" the response period the notice states (None for denials).
N = {}

N["c01-numbered-rfe-2p"] = dict(kind="rfe", date="2027-03-08", receipt="IOE0735102948", days=87,
furniture=["Request for Evidence | IOE0735102948 | Page 1 of 2", "Page 2 of 2 | IOE0735102948"],
text="""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
REQUEST FOR EVIDENCE
Date: March 8, 2027
Receipt Number: IOE0735102948
Form I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Petitioner: Dilnoza Rakhimova
Beneficiary: Sardor Rakhimov

On November 30, 2026, you asked USCIS to parole your nephew, Sardor Rakhimov, a 24-year-old citizen of Uzbekistan, into the United States so that he may receive high-dose chemotherapy and a transplant of his own stem cells for Hodgkin lymphoma that returned after first-line treatment in Tashkent.

Parole is granted only case by case, for urgent humanitarian reasons or significant public benefit, and only where the person also deserves a favorable exercise of discretion. You must establish eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). Having looked at what you filed, we cannot yet decide the request, and we ask for the evidence listed in the numbered paragraphs that follow.

1. [[medical-urgency: The most recent medical record in the file is a hematology note written in July 2026, before the relapse was confirmed by biopsy. We have nothing showing how the disease has responded since, whether salvage chemotherapy has begun, or how soon the transplant must take place. Send a dated report from his current hematologist describing his present condition and the time within which the transplant should be done.]]
2. [[treatment-unavailable: The Tashkent oncologist writes that autologous transplant "is limited" in Uzbekistan. Limited is not the same as unavailable. Explain whether any center in Uzbekistan, Kazakhstan, Russia or Turkey performs this procedure for adults and, if one does, why Sardor cannot be treated there.]]
3. [[us-treatment-arranged: The Houston cancer center's letter confirms that his records arrived and that a physician "may consider" him. Provide a signed letter from the transplant doctor who has agreed to take him, naming the planned regimen, when he would be admitted and how many weeks he would spend as an inpatient.]]
4. [[financial-support: The Form I-134 you filed shows a yearly household income of $51,000 and a checking balance of $6,300. The transplant center estimates the inpatient portion alone at $310,000. Show who will pay for the collection of stem cells, the transplant itself, the months of follow-up visits and his lodging, and give written proof of each commitment. A statement that the family "will
Request for Evidence | IOE0735102948 | Page 1 of 2
\f
Page 2 of 2 | IOE0735102948
find a way" does not meet this need.]]
5. [[documentation: The pathology report from the relapse biopsy and his passport biographic page were submitted as photographs whose lower halves are too dark to make out, and the pathology report is in Uzbek with no English version. Send clear copies of both, together with a full English version of the pathology report and a signed note from the translator vouching for the translation and for a working command of Uzbek and English.]]

Your response must be received within 87 days of the date of this notice (84 days plus 3 days for mailing). Return a copy of this notice on top of your response and send everything in one package. If you do not respond, we will decide the request on the record as it now stands.

Sincerely,
M. Okafor-Lindqvist
Section Chief, Humanitarian Affairs Branch
""")

N["c02-lettered-noid"] = dict(kind="noid", date="2027-04-19", receipt="IOE0528814603", days=33, furniture=[],
text="""U.S. Citizenship and Immigration Services
NOTICE OF INTENT TO DENY
April 19, 2027
Receipt Number: IOE0528814603
Requestor: Tharindu Wijesekara
Beneficiary: Nethmi Wijesekara

You filed Form I-131 asking that your daughter Nethmi, a seven-month-old citizen of Sri Lanka, be paroled into the United States to receive gene replacement therapy for spinal muscular atrophy type 1.

USCIS may parole a person into the United States, in its discretion, for urgent humanitarian reasons or significant public benefit. The requestor carries the burden of proving eligibility. We reviewed the application, the letters from her neurologist in Colombo, the genetic test report, a quotation from a hospital in Columbus, Ohio, and your Form I-134. For the reasons given in paragraphs (a) through (d), we intend to deny the request.

(a) [[treatment-unavailable: The neurologist in Colombo states that gene therapy is not offered in Sri Lanka. He does not say whether Nethmi has been given, or could be given, one of the medicines for this disease that are taken by mouth or injected into the spine, which some hospitals in Colombo and in Chennai, India, now supply. Without that information we cannot find that no suitable treatment is within her reach at home or nearby.]]
(b) [[us-treatment-arranged: The Columbus document is a price quotation addressed to "prospective families." It does not name Nethmi, does not say that her antibody tests were reviewed, and is not signed by a physician who agrees to treat her.]]
(c) [[financial-support: The single dose of the medicine alone is priced at more than $2,000,000 in the quotation. Your Form I-134 lists your income as a bank officer at about $9,000 a year. A fundraising web page showing $41,000 pledged is the only other source named, and nothing shows that the manufacturer, an insurer or a charity has agreed to cover the rest.]]
(d) [[travel-feasibility: Nethmi is fed through a tube and needs help with breathing at night. No physician says that a journey of over twenty hours in the air would be safe for her, and nothing shows that a medical escort, oxygen or a ventilator will be on board.]]

You may submit a written rebuttal and further evidence within 33 days of the date of this notice (30 days plus 3 days for mailing). If we receive nothing by then, we will decide the case on the current record.

Rosalind Tveit
Director, Parole Processing Unit
""")

N["c03-bulleted-denial"] = dict(kind="denial", date="2027-05-24", receipt="IOE0916240375", days=None, furniture=[],
text="""U.S. Citizenship and Immigration Services
DECISION
Date: May 24, 2027
Receipt Number: IOE0916240375
Applicant: Rania Haddadin
Beneficiary: Lulwa Haddadin

You asked USCIS to parole your daughter Lulwa, a six-year-old citizen of Jordan, so that she could receive proton beam radiation for a rhabdomyosarcoma behind her left eye. After careful review, the request is denied.

Parole is discretionary. It is available only for urgent humanitarian reasons or significant public benefit, and the applicant must show eligibility by a preponderance of the evidence.

We considered the following:
- Form I-131 and your written statement;
- a letter from Dr. Faris Nimri, pediatric oncologist in Amman, dated January 11, 2027;
- an email from a proton center in Jacksonville, Florida;
- Form I-134 signed by her uncle, Kamal Haddadin.

We deny the request because:
• [[treatment-unavailable: Dr. Nimri writes that Lulwa has finished the first twelve weeks of chemotherapy in Amman and that conventional radiation is available at his own hospital. He prefers protons to spare her growing bones, but he does not say that treatment at home would fail or put her at greater risk, and proton centers operate in several countries closer to Jordan than the United States.]]
• [[us-treatment-arranged: The Jacksonville email offers a "planning consultation" once imaging is received. No radiation oncologist there has reviewed her scans or agreed to treat her, and no dates or number of sessions are given.]]
• [[support-plan: Her uncle lives in Detroit, more than 1,000 miles from Jacksonville. The record does not say where Lulwa and her mother would stay for the seven weeks of daily sessions, how they would get to the center, or who would pay for food and local travel.]]

This decision cannot be appealed to the Administrative Appeals Office. You may file another Form I-131, with the fee, if you have new evidence.

Eamon Greaves-Otieno
Field Office Director
""")

N["c04-headed-denial-2p"] = dict(kind="denial", date="2027-06-14", receipt="IOE0461937285", days=None,
furniture=["Page 1 of 2", "Decision on Parole Request - Gurung - IOE0461937285", "Page 2 of 2"],
text="""U.S. Citizenship and Immigration Services
DECISION ON REQUEST FOR PAROLE
June 14, 2027
Receipt Number: IOE0461937285
Petitioner: Pemba Gurung
Beneficiary: Aarav Gurung

You asked that your son Aarav, a four-year-old citizen of Nepal, be paroled into the United States for the last of three staged operations for a heart with a single working pumping chamber (the Fontan operation). We have denied the request.

Applicable Law
Parole may be authorized, in the Secretary's discretion, only on a case-by-case basis for urgent humanitarian reasons or significant public benefit. The petitioner bears the burden of proof.

Evidence Reviewed
We reviewed the Form I-131, the operative notes of Aarav's two earlier operations in Kathmandu, an echocardiogram report from March 2027, a letter from a children's hospital in Boston, Massachusetts, a Form I-134 from a family friend, and your statement.

Availability of Care in the Region
[[treatment-unavailable: Both of Aarav's earlier heart operations were done by the same surgical team in Kathmandu. Nothing from that team says that it cannot complete the third stage, and heart centers in New Delhi and Bangalore perform the Fontan operation routinely. You have not shown that either was contacted.]]

Medical Need and Timing
[[medical-urgency: The March 2027 echocardiogram describes good heart function and oxygen levels that his cardiologist calls "acceptable for age." The cardiologist recommends completion "in the coming one to two years." Nothing filed indicates that the operation is needed now or that waiting carries a particular risk for him.]]

Plan for the Stay
[[support-plan: The family friend who signed the Form I-134 lives in Queens, New York, and offers a room. Aarav would be in the hospital in Boston for about three weeks and would then need weekly checks for a month. You have not said where you and your son would stay in Boston, who would drive you to the hospital, or how daily expenses would be met. A room several
Page 1 of 2
\f
Decision on Parole Request - Gurung - IOE0461937285
hours away does not meet these needs.]]

Return and Follow-Up
[[temporary-stay: Children who have had this operation need heart checks for life. The Boston letter says that follow-up "is best provided at our center," and you have not named a cardiologist in Nepal who would take over his care or said when the family would go back.]]

Conclusion
For the reasons above, we find that you have not shown that Aarav merits parole. This decision is final. It may not be appealed to the AAO.

Sincerely,
Kwabena Asante-Moreau
Acting Chief, Parole Adjudications
Page 2 of 2
""")

N["c05-runon-noid"] = dict(kind="noid", date="2027-07-06", receipt="IOE0687421590", days=30, furniture=[],
text="""U.S. Citizenship and Immigration Services
NOTICE OF INTENT TO DENY
July 6, 2027
Receipt Number: IOE0687421590
Requestor: Tendai Moyo
Beneficiary: Farai Moyo

You filed a request for parole for your nephew, Farai Moyo, an eight-year-old citizen of Zimbabwe with Burkitt lymphoma of the abdomen, so that he can receive intensive chemotherapy at a children's hospital in Atlanta, Georgia.

The requestor must show by a preponderance of the evidence that parole is warranted for urgent humanitarian reasons or significant public benefit and that discretion should be exercised in the beneficiary's favor. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). The record contains Form I-131, Form I-134, a discharge summary from a hospital in Harare and two emails from the Atlanta hospital.

USCIS intends to deny the request. [[treatment-unavailable: The Harare discharge summary shows that Farai received his first two cycles of chemotherapy in Harare and that his tumor shrank, and it does not explain why the remaining cycles cannot be given by the same team or at a children's cancer unit in Johannesburg, which treats this lymphoma.]] [[us-treatment-arranged: Further, the Atlanta emails were written by a patient coordinator, who asks for "complete records before any decision," and no oncologist at that hospital has stated that Farai will be accepted.]]

[[financial-support: You report an income of $38,500 a year on your Form I-134 and say you will cover "what insurance does not," yet Farai would have no insurance in the United States and nothing from the hospital puts a figure on his treatment.]] [[temporary-stay: Additionally, you write that Farai's mother passed away in 2025 and that you hope to "raise him here," which suggests that the family does not plan for him to go back to Zimbabwe once treatment ends.]]

You may respond to this notice within 30 days of the date of this notice. Send any rebuttal and evidence to the address shown above.

Lindiwe Castellanos
Supervisory Immigration Officer
""")

N["c06-quoting-rfe-denial"] = dict(kind="denial", date="2027-08-23", receipt="IOE0379260814", days=None, furniture=[],
text="""U.S. Citizenship and Immigration Services
DECISION
August 23, 2027
Receipt Number: IOE0379260814
Applicant: Sione Havili
Beneficiary: Mele Havili

You asked USCIS to parole your daughter, Mele Havili, a five-year-old citizen of Tonga, for treatment of a giant coronary artery aneurysm left by Kawasaki disease. The application is denied.

You must establish eligibility for parole by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

On May 3, 2027, we issued a request for evidence. In it we asked you to provide, among other things:
"A letter from a United States cardiologist stating that Mele has been accepted for care and describing the treatment proposed."
"Evidence that the coronary care she needs cannot be provided in Tonga, New Zealand or Australia."
"Proof that funds are available to pay for her treatment, travel and stay."

We received your response on July 19, 2027. It contained a letter from a pediatric cardiologist in Honolulu, Hawaii, a letter from the Ministry of Health in Nuku'alofa, and bank statements for two relatives.

The evidence you submitted in response to the request does not resolve our concerns.

[[us-treatment-arranged: The Honolulu cardiologist writes that she is "happy to see Mele in clinic" but that the decision on any catheter or surgical procedure "rests with the surgical team after review." No surgeon or catheter team has reviewed her images, so the response still does not show what treatment she would receive or that any provider has accepted her.]]

[[treatment-unavailable: The Ministry of Health letter states that Tonga has no cardiac catheter laboratory and that children are referred overseas under its visiting specialist program, most often to Auckland. It does not say that a referral to New Zealand was refused or was not possible for Mele.]]

[[financial-support: The two relatives' bank statements show combined balances of about $14,800. No cost estimate was submitted, and nothing indicates who would pay for hospital care in Honolulu, which the cardiologist describes as potentially "extended."]]

The application therefore remains denied. There is no appeal from this decision. You may file a new Form I-131 with the required fee.

Talia Brennan-Kusi
Field Office Director
""")

N["c07-headers-rfe-2p"] = dict(kind="rfe", date="2027-09-13", receipt="IOE0842067319", days=87,
furniture=["USCIS - Request for Evidence - Ollivierre - IOE0842067319", "1 of 2", "2 of 2"],
text="""USCIS - Request for Evidence - Ollivierre - IOE0842067319
U.S. Citizenship and Immigration Services
REQUEST FOR EVIDENCE
September 13, 2027
Receipt Number: IOE0842067319
Form I-131
Petitioner: Desmond Ollivierre
Beneficiary: Janelle Ollivierre

You filed a request for parole on behalf of your sister, Janelle Ollivierre, a 47-year-old citizen of Saint Vincent and the Grenadines, for surgery and chemotherapy for a cancer of the bile ducts near the liver (hilar cholangiocarcinoma).

The petitioner must prove by a preponderance of the evidence that the beneficiary qualifies for parole. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). The file contains your Form I-131, your Form I-134, a CT report from Kingstown, a letter from a surgeon in Bridgetown, Barbados, and a hospital information sheet from Miami, Florida.

Before a decision can be made, we need more evidence on each of the matters set out below.

[[medical-urgency: The CT report from Kingstown describes a mass but no tissue diagnosis has been made, and no physician states the stage of the disease or whether it can be removed. Evidence may include a biopsy or brushing report, a staging scan, and a letter from her treating physician giving the diagnosis and how soon treatment should begin.]]

[[treatment-unavailable: The Bridgetown surgeon writes that he does not perform this operation. He does not say whether hospitals in Trinidad, Jamaica or Martinique do, or whether Janelle was referred to any of them. Evidence may include replies from regional hospitals or a letter from the Ministry of Health explaining how such patients are usually referred.]]

[[us-treatment-arranged: The Miami document is a general information sheet for international patients. It contains nothing about Janelle. Evidence may include a statement by a Miami surgeon who has looked at her scans and agrees to operate, with the planned procedure, the expected hospital stay and a cost estimate.]]

[[financial-support: Your Form I-134 shows an income of $47,200 a year and you support three children. Surgery of this kind and the chemotherapy that usually follows can cost several hundred thousand dollars. Evidence may include a written commitment from a charity, an insurer or the hospital's financial assistance office, bank records of any other sponsor, and an
USCIS - Request for Evidence - Ollivierre - IOE0842067319
1 of 2
\f
USCIS - Request for Evidence - Ollivierre - IOE0842067319
estimate of lodging and living costs for the months she would be in Florida.]]

[[temporary-stay: Your statement says that Janelle "will stay with me as long as she needs." It does not say when she would go home, who would care for her there, or what follow-up would be available to her in Kingstown. Evidence may include a plan from her physicians at home for care after her return and proof of her ties to Saint Vincent, such as her employment or her home.]]

Your response must be received within 87 days of the date of this notice (84 days plus 3 days for mailing). Place this notice on top of your response. If you do not respond by that date, the request may be denied.

Ingrid Sokolowski
Immigration Services Officer
USCIS - Request for Evidence - Ollivierre - IOE0842067319
2 of 2
""")

N["n08-issue-analysis-noid"] = dict(kind="noid", date="2027-10-11", receipt="IOE0193758426", days=33, furniture=[],
text="""U.S. Citizenship and Immigration Services
NOTICE OF INTENT TO DENY
October 11, 2027
Receipt Number: IOE0193758426
Requestor: Glenroy Liburd
Beneficiary: Keon Liburd

You requested parole for your son Keon, a twelve-year-old citizen of Saint Kitts and Nevis, so that a large nerve sheath tumor of the neck caused by neurofibromatosis type 1 (a plexiform neurofibroma pressing on his airway) can be treated in Cincinnati, Ohio.

The requestor has the burden of showing, by a preponderance of the evidence, that parole is justified for urgent humanitarian reasons or significant public benefit and that the beneficiary merits a favorable exercise of discretion. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). We reviewed your Form I-131, your statement, an MRI report, two letters from Dr. Ambrose Warner in Basseterre, a letter from a hospital in Cincinnati, and Form I-134.

We have set out each concern in three parts: the issue, our analysis of the record, and our conclusion. For the reasons that follow, we intend to deny the request.

Issue: [[treatment-unavailable: Is the recommended treatment out of reach in Saint Kitts and Nevis and nearby?
Analysis: Dr. Warner states that the tumor cannot be removed safely in Basseterre. He also writes that the usual first treatment for tumors like Keon's is a daily tablet that shrinks them, and that such tablets can be obtained through a hospital in Barbados. He does not say that Keon has tried the tablet or that it is unsuitable for him.
Conclusion: The record does not establish that Keon cannot be treated at home or in the region.]]

Issue: [[us-treatment-arranged: Has a United States provider accepted Keon under a defined plan?
Analysis: The Cincinnati letter confirms an appointment in a neurofibromatosis clinic "to discuss options." It does not say which treatment is intended, whether surgery is being considered, or how long he would need to remain.
Conclusion: No provider has agreed to a defined course of treatment.]]

Issue: [[travel-feasibility: Can Keon travel safely?
Analysis: The MRI report describes narrowing of the airway, and you state that he sleeps sitting up. No physician addresses whether he can fly, whether he would need oxygen, or who would accompany him.
Conclusion: The safety of the journey is not established.]]

Issue: [[discretion: Do the discretionary factors weigh in Keon's favor?
Analysis: On your Form I-131 you marked "No" where asked whether any visa had been refused before. Our records show that a visitor visa application filed for you in 2024 was refused after you submitted an employment letter the consulate could not verify. You have not explained either the refusal or the answer on the form.
Conclusion: This unexplained inconsistency counts heavily against Keon in the exercise of discretion.]]

You may respond with a rebuttal and further evidence within 33 days of the date of this notice (30 days plus 3 days for mailing). We will then make a decision on the full record.

Odessa Villanueva-Park
Supervisory Immigration Services Officer
""")

N["n09-claims-answered-denial-2p"] = dict(kind="denial", date="2027-11-22", receipt="IOE0250983174", days=None,
furniture=["Sok - IOE0250983174", "- 1 -", "- 2 -"],
text="""U.S. Citizenship and Immigration Services
DECISION
November 22, 2027
Receipt Number: IOE0250983174
Petitioner: Chanthou Sok
Beneficiary: Sreyleak Sok

You filed Form I-131 to request parole for your granddaughter, Sreyleak Sok, a two-year-old citizen of Cambodia with Langerhans cell histiocytosis that has spread to her liver and bone marrow, for chemotherapy at a children's hospital in Los Angeles, California. We have denied the request.

The petitioner must establish, by a preponderance of the evidence, that parole is warranted for urgent humanitarian reasons or significant public benefit. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). Parole is discretionary.

With your request you submitted Form I-134, a hospital summary from Phnom Penh, a letter from Dr. Vuthy Keo, a letter from the Los Angeles hospital, and a personal statement. In your statement you make several claims in support of the request. We address each claim below.

[[treatment-unavailable: You state that no hospital in Cambodia can treat Sreyleak's illness. However, the Phnom Penh summary shows that she received six weeks of first-line chemotherapy there, and Dr. Keo's letter recommends a second-line drug that he says is "not stocked" at his hospital. Neither letter explains whether the drug could be imported for her, or whether a children's cancer center in Bangkok or Ho Chi Minh City could give it.]]

[[us-treatment-arranged: You state that the Los Angeles hospital "has agreed to treat her." However, the hospital's letter says only that her case was "presented at tumor board" and that "further review of outside slides is required." It names no physician responsible for her care and sets no start date.]]

[[financial-support: You state that the family will pay all costs. However, your Form I-134 shows an income of $29,600 a year, and you list four people living in your household. No estimate of the cost of the treatment has been provided, and nobody outside the family, whether the hospital or a charity, has promised to pay any part of it.]]

[[support-plan: You state that Sreyleak and her mother will live with you in Long Beach. However, your statement is silent on their transport to the hospital for weekly treatments for up to a year, who would care for Sreyleak if her mother fell ill, or how the household would manage the added expense. The statement that "the family will help" does not describe a
Sok - IOE0250983174
- 1 -
\f
Sok - IOE0250983174
plan.]]

[[temporary-stay: You state that Sreyleak will return to Cambodia after treatment. However, her treatment could last a year or longer, and her mother has written that she has "nothing to go back to" since her husband left. Nothing identifies where they would live in Cambodia or which doctor would follow Sreyleak after she returns.]]

[[medical-urgency: You state that Sreyleak will die without treatment in the United States. However, Dr. Keo's most recent letter, dated June 2, 2027, describes her as "stable on maintenance therapy," and no later medical evidence was provided. We cannot determine from the record how her condition has changed or how urgently the second-line treatment is needed.]]

We have considered all of the evidence together. You have not shown that Sreyleak merits parole, and the request is denied.

You may not appeal this decision. You may file a new Form I-131 with the fee and any new evidence.

Sincerely,
Harriet Ndlovu-Sandberg
Field Office Director
Sok - IOE0250983174
- 2 -
""")

N["n10-evidence-kinds-rfe"] = dict(kind="rfe", date="2027-12-06", receipt="IOE0614572938", days=87, furniture=[],
text="""U.S. Citizenship and Immigration Services
REQUEST FOR EVIDENCE
December 6, 2027
Receipt Number: IOE0614572938
Petitioner: Ximena Quispe Mamani
Beneficiary: Mateo Quispe Mamani

You filed a request for parole for your brother Mateo, a 16-year-old citizen of Bolivia with a glioma of the optic pathway that is threatening the sight in his remaining eye, so that he can receive treatment in Philadelphia, Pennsylvania.

You must show, by a preponderance of the evidence, that parole is warranted for urgent humanitarian reasons or significant public benefit and that it should be granted as a matter of discretion. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). We have reviewed your Form I-131 and all the documents filed with it.

We have grouped what we still need by the kind of evidence. Each point is a separate matter.

Medical evidence
• [[treatment-unavailable: The letter from Dr. Wilfredo Arce in La Paz says that Mateo "needs specialized care abroad." It does not explain what treatment he needs or why it cannot be given in Bolivia, Chile, Peru or Brazil. Please provide a letter that names the treatment and explains why it is not available to him in those countries.]]
• [[us-treatment-arranged: We did not find any letter from a Philadelphia provider. Please provide written confirmation, signed by the Philadelphia physician or hospital, that Mateo has been accepted for treatment, what the treatment will be and how long it will last.]]

Financial evidence
• [[financial-support: You did not file Form I-134, Declaration of Financial Support, and the only financial document is a letter saying that your church "will take up a collection." Please submit Form I-134 from each person who will pay, with evidence of their income and savings, and a cost estimate from the hospital.]]

Identity and travel
• [[documentation: Mateo's birth certificate and identity card were filed in Spanish without English translations. Please submit full English versions of both, each accompanied by a signed note in which the translator vouches for its accuracy and for a working command of Spanish and English.]]
• [[other-avenues: Your statement mentions that Mateo's father has an appointment at the U.S. Embassy in La Paz for a visitor visa interview in February 2028. Please explain whether Mateo was included in that application or why he could not apply for a visa to obtain medical treatment in the United States.]]

Your response must be received within 87 days of the date of this notice (84 days plus 3 days for mailing). Please send all the documents requested at the same time. If you do not respond, we will decide the request on the evidence in the record.

Paulo Ferreira-Ashby
Immigration Services Officer
""")
