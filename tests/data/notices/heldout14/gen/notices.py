# Notice texts for notices14. A ground is marked {{category|...}}; the markers
# are removed when the source is written. "\f" is a page break.
FORM = "Application for Travel Documents, Parole Documents, and Arrival/Departure Records"
STD = ("Parole under section 212(d)(5)(A) of the Immigration and Nationality Act, 8 U.S.C. 1182(d)(5)(A), "
       "may be authorized only on a case by case basis for urgent humanitarian reasons or significant public benefit, "
       "and it is a matter of discretion.")

NOTICES = {}

NOTICES["c01-numbered-rfe-2p"] = dict(kind="rfe", date="2027-02-08", receipt="IOE0873152406", respond_by="2027-05-03",
furniture=["RFE | IOE0873152406 | page 1 of 2", "RFE | IOE0873152406 | page 2 of 2"], text=f"""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
REQUEST FOR EVIDENCE
Date: February 8, 2027
Receipt Number: IOE0873152406
Form: I-131, {FORM}
Beneficiary: Mamadou Sow
Petitioner: Aissatou Barry
USCIS received the Form I-131 you filed asking that your nephew, Mamadou Sow, a ten year old citizen of Guinea, be paroled into the United States so that he can receive a bone marrow transplant for sickle cell disease.
{STD} The petitioner must show eligibility by a preponderance of the evidence.
Your filing included a letter from Dr. Ibrahima Camara of a teaching hospital in Conakry dated November 2, 2026, a blood test report, a Form I-134 signed by you, and a copy of the beneficiary's passport.
More evidence is needed before a decision can be made. Please submit the items described below.
1. {{{{medical-urgency|Dr. Camara states that Mamadou has had two strokes, but the letter gives no dates for them and no brain imaging was filed. The record therefore does not show how often the boy now needs transfusions or what risk he faces if the transplant is put off for several months. Submit a current letter from the treating physician, with the imaging and the transfusion record for the past year.}}}}
2. {{{{treatment-unavailable|The letter says that transplants are "not done in Guinea" but is silent about Senegal, Morocco and other countries in the region where a sibling donor transplant for this disease may be performed. Explain why those centers were not approached, or submit their replies.}}}}
3. {{{{us-treatment-arranged|The filing refers to a children's hospital in Atlanta, yet the hospital itself has sent nothing but an email from an intake coordinator saying the case "will be reviewed". Nothing shows that a transplant physician has examined the records, whether the boy's sister has been tested as a matching donor, or whether a place in the
RFE | IOE0873152406 | page 1 of 2
\f
RFE | IOE0873152406 | page 2 of 2
transplant program is being held for him. Provide a letter from the treating team that states its acceptance, the planned dates and the expected length of the hospital stay.}}}}
4. {{{{financial-support|Your Form I-134 reports earnings of $41,200 a year, and the hospital's estimate puts the transplant at more than $600,000. You have not shown how the balance would be paid. Submit proof of any charity, insurer or hospital program that has agreed in writing to meet the cost, with the amount it covers.}}}}
Your response must be received within 84 days of the date of this notice. Send every document in one package together with a copy of this notice. If you do not respond, the application will be decided on the record as it stands.
Mail your response to: USCIS, Humanitarian Affairs Branch, 5900 Capital Gateway Drive, Camp Springs, MD 20588.
Sincerely,
H. Okonkwo-Lindqvist
Adjudications Officer
""")

NOTICES["c02-lettered-noid"] = dict(kind="noid", date="2027-03-22", receipt="IOE0829470315", respond_by="2027-04-24", furniture=[], text=f"""U.S. Citizenship and Immigration Services
NOTICE OF INTENT TO DENY
March 22, 2027
Receipt Number: IOE0829470315
Applicant: Pavel Hrytsenka
On behalf of Yana Hrytsenka, a citizen of Belarus born in July 2026
You filed Form I-131 requesting parole for your daughter Yana so that she could receive a single infusion of gene therapy for spinal muscular atrophy at a hospital in Columbus, Ohio.
{STD} It is your burden to establish by a preponderance of the evidence that the request qualifies and that parole is warranted. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).
You submitted a genetic test report from a laboratory in Minsk, a letter from the child's neurologist, a letter from the Ohio hospital, and statements from a Polish foundation about fundraising.
Having reviewed the filing, USCIS intends to deny the application for the following reasons.
(a) {{{{treatment-unavailable|The neurologist reports that Yana already receives a daily oral medicine for her condition in Minsk and that her motor scores have been stable since she began it. Her letter does not explain why continuing that treatment is inadequate, or why the single infusion would bring a benefit the current medicine cannot.}}}}
(b) {{{{financial-support|The Ohio hospital quotes a price above two million dollars for the infusion alone. The foundation's statements describe a campaign that had collected about a tenth of that amount by January, and no one has committed in writing to pay the rest.}}}}
(c) {{{{travel-feasibility|Yana is eight months old and, according to her neurologist, has weak breathing muscles and needs suction at night. The record contains no opinion that she can safely fly from Minsk to Ohio with at least one change of aircraft, and no arrangement for a nurse or medical equipment on the journey.}}}}
You may submit evidence in rebuttal. Your rebuttal must be received within 33 days of the date of this notice (30 days plus 3 days for mailing). If no response is received, the application will be denied.
R. Baptiste-Holm
Acting Chief, Humanitarian Affairs Branch
""")

NOTICES["c03-bulleted-denial"] = dict(kind="denial", date="2027-04-19", receipt="IOE0864213079", respond_by=None, furniture=[], text=f"""Faleolo Tuilagi
c/o Pacific Family Legal Aid
1420 Kalakaua Avenue, Suite 7
Honolulu, HI 96826
April 19, 2027
Receipt Number: IOE0864213079
DECISION
You filed Form I-131, {FORM}, seeking parole for Sina Tuilagi, a 44 year old citizen of Samoa with end stage kidney disease, so that she could receive a kidney from her sister in Hawaii. After careful review, USCIS has denied the application.
{STD} The person filing bears the burden of proving by a preponderance of the evidence that parole should be granted.
The filing contained:
- a letter from a nephrologist in Apia dated October 5, 2026;
- laboratory results and a dialysis schedule;
- a letter from a transplant center in Honolulu;
- a Form I-134 signed by the petitioner; and
- a birth certificate and passport.
The application was deficient in these respects:
• {{{{medical-urgency|The nephrologist states that Ms. Tuilagi has been on dialysis three times a week for four years and that her condition is stable on that treatment. Nothing in the letter explains why the transplant cannot wait for a later, planned trip.}}}}
• {{{{us-treatment-arranged|The letter from the Honolulu center invites Ms. Tuilagi and her sister to an evaluation. The center has not yet tested the sister as a donor, and it states that acceptance for surgery depends on the outcome of that testing.}}}}
• {{{{temporary-stay|After a transplant the patient must be seen often for at least several months and must take medicines to prevent rejection for life. You have not said who would monitor her once she returns to Apia or how she would obtain those medicines there.}}}}
• {{{{documentation|The birth certificate and several pages of the dialysis records are in Samoan, and the English versions that accompany them carry no statement by a translator that they are complete and accurate.}}}}
For the reasons above, the application is denied. There is no appeal from this decision, and it may not be the subject of a motion. You may file a new Form I-131 with the required fee and any new evidence.
Signed,
Officer 1187
Humanitarian Affairs Branch
""")

NOTICES["c04-headed-denial-2p"] = dict(kind="denial", date="2027-05-10", receipt="IOE0851629743", respond_by=None,
furniture=["Decision on Form I-131 | Receipt IOE0851629743 | continued"], text=f"""U.S. Citizenship and Immigration Services
Decision
Notice date: May 10, 2027
Receipt: IOE0851629743
Beneficiary: Dilnoza Rakhimova
Petitioner: Sherzod Rakhimov
You asked USCIS to parole your daughter, Dilnoza Rakhimova, a twelve year old citizen of Uzbekistan, so that she could undergo a series of reconstructive operations for scarring that followed a house fire in 2025. The application is denied.
Standard
{STD} The petitioner must establish each fact by a preponderance of the evidence, and USCIS weighs all favorable and unfavorable factors.
Evidence Considered
You filed a letter from a surgeon in Samarkand, photographs of the scars, a letter from a burn center in Texas, your own statement, and a Form I-134.
Urgency
{{{{medical-urgency|The surgeon in Samarkand describes tight scar bands across Dilnoza's neck and right elbow that limit her movement. He does not say that the scars are getting worse, that she is at risk of lasting harm if the operations wait, or that her condition has changed since the fire two years ago.}}}}
Care in Uzbekistan and the Region
{{{{treatment-unavailable|The record shows that Dilnoza had her first skin grafts in Tashkent and that the same hospital has a reconstructive surgery unit. You have not explained why the further operations cannot be done there or in Kazakhstan, Turkey or Russia, all of which are closer to Samarkand than Texas.}}}}
Housing and Care During the Stay
{{{{support-plan|The burn center expects three operations spread over about nine months, with long periods of dressing changes between them. Your statement says that the family would "find an apartment near the hospital" but names no place, no one who would pay the rent, and no one who would look after Dilnoza while you
Decision on Form I-131 | Receipt IOE0851629743 | continued
\f
Decision on Form I-131 | Receipt IOE0851629743 | continued
work, and it does not say how she would get to her many clinic visits.}}}}
Discretion
{{{{discretion|Your statement says that the family has no relatives abroad and has never applied for a visa, but the passport filed shows a United States visitor visa issued to Dilnoza's mother in 2024 and a stay of eleven months in 2024 and 2025, well past the period she was admitted for. This unexplained overstay counts heavily against Dilnoza when USCIS weighs the discretionary factors.}}}}
Conclusion
The application is denied. This decision cannot be appealed to the Administrative Appeals Office. A new Form I-131 may be filed with the fee then in effect and evidence addressing the points above.
If you have questions, contact the USCIS Contact Center.
T. Marchetti-Obi
Adjudications Officer
""")

NOTICES["c05-runon-noid"] = dict(kind="noid", date="2027-06-14", receipt="IOE0838506127", respond_by="2027-07-14", furniture=[], text=f"""NOTICE OF INTENT TO DENY
June 14, 2027
Receipt Number: IOE0838506127
Khady Ndiaye
417 Maple Court
Columbus, OH 43215
Re: Form I-131 for Ousmane Ndiaye
You filed a Form I-131 asking that your father, Ousmane Ndiaye, a 67 year old citizen of Senegal, be paroled into the United States to have his prostate cancer treated with a robotic operation in Ohio.
{STD} The burden rests on you to show by a preponderance of the evidence that your father qualifies for parole and deserves it as a matter of discretion.
The record includes a urologist's letter from Dakar dated March 3, 2027, a biopsy report, a cost estimate from a hospital in Columbus, your Form I-134 and your tax return for 2026.
Upon review, USCIS intends to deny the application. {{{{treatment-unavailable|The urologist in Dakar writes that the robotic operation is not offered in Senegal, but he also confirms that an open operation and radiation treatment are both given at his own hospital, and he does not say why either one would be unsafe or less effective for a cancer found at an early stage.}}}} {{{{other-avenues|Additionally, your father has held a multiple entry visitor visa since 2022 and visited you in Ohio for six weeks in 2025; you have not stated why he could not apply for entry on that visa for planned surgery.}}}}
{{{{financial-support|The hospital's estimate of $58,000 covers the operation and two nights in hospital but not the anesthetist, the pathology or any complication, and your tax return shows income of $47,900 for a household of four.}}}} {{{{us-treatment-arranged|Further, the estimate is addressed to "prospective international patient" and is not signed by a surgeon; no letter shows that a doctor in Columbus has reviewed the biopsy and agreed to operate.}}}}
You may respond to this notice with additional evidence. Your response must be received by July 14, 2027. If you do not respond, USCIS will decide the application on the present record.
A. Fontaine-Reyes
Adjudications Officer, Humanitarian Affairs Branch
""")

NOTICES["c06-pagebreak-rfe-3p"] = dict(kind="rfe", date="2027-07-05", receipt="IOE0817364952", respond_by="2027-09-30",
furniture=["Receipt IOE0817364952 - Request for Evidence - 2 of 3", "Receipt IOE0817364952 - Request for Evidence - 3 of 3"], text=f"""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Request for Evidence
Date of notice: July 5, 2027
Receipt Number: IOE0817364952
Beneficiary: Achta Mahamat
USCIS is reviewing the Form I-131, {FORM}, that you filed for your sister, Achta Mahamat, a 29 year old citizen of Chad, who has a large goiter pressing on her windpipe and seeks parole to have it removed in Minnesota.
{STD} The requester has the burden of establishing eligibility by a preponderance of the evidence.
You submitted a letter from a general surgeon in N'Djamena, a neck ultrasound, an email from a hospital in Rochester, Minnesota, a Form I-134 from your husband and a letter from your mosque.
The evidence in the record is not sufficient. USCIS requests the following.
1. {{{{medical-urgency|The surgeon's letter says the goiter "causes difficulty breathing", yet the ultrasound is dated in 2025 and no breathing test or scan of the windpipe was filed. It is therefore unclear whether the swelling has grown or whether Ms. Mahamat's airway is now at risk. Provide a current medical opinion describing her present condition, with recent imaging and any thyroid blood tests.}}}}
2. {{{{treatment-unavailable|Removal of the thyroid is a common operation. The surgeon in N'Djamena does not say whether he or a colleague in Chad could perform it, and does not address the hospitals in Cameroon, Nigeria or Egypt that receive patients from Chad for surgery of this kind. Submit a statement from a physician explaining why the operation cannot be performed in Chad or a nearby country, and describing any attempt to arrange it
Receipt IOE0817364952 - Request for Evidence - 2 of 3
\f
Receipt IOE0817364952 - Request for Evidence - 2 of 3
there.}}}}
3. {{{{us-treatment-arranged|The email from the Rochester hospital acknowledges receipt of records and gives a date for a telephone call. It does not show that a surgeon has agreed to treat Ms. Mahamat, what operation is planned, or when. Submit a letter signed by the treating surgeon stating that she has been accepted, the planned procedure and the likely length of her stay.}}}}
4. {{{{support-plan|The letter from your mosque says the community will "help the family" during the visit but does not say with what. You live in Minneapolis, about ninety miles from the hospital, and nothing in the file shows where Ms. Mahamat would stay before and after surgery, who would take her to each clinic visit, or who would nurse her while she recovers. Submit a plan that names the people who will provide housing, transport and care and states how each will be provided.}}}}
5. {{{{temporary-stay|After the whole thyroid is removed, a patient needs a daily hormone pill for life and regular blood tests to set the dose. Nothing in the record shows that these tests and the medicine can be obtained in N'Djamena, or that a physician there will take over her care when she returns. Provide evidence of the follow up arrangements in Chad, including a letter from the physician who will monitor her, and of Ms. Mahamat's plans and ties that will bring her home after
Receipt IOE0817364952 - Request for Evidence - 3 of 3
\f
Receipt IOE0817364952 - Request for Evidence - 3 of 3
the surgery.}}}}
Your response must be received within 87 days of the date of this notice (84 days plus 3 days for mailing). Submit all requested evidence at one time, placing this notice on top. USCIS will not grant extra time to respond.
Send the response to: USCIS, Attn: Humanitarian Affairs Branch, 5900 Capital Gateway Drive, Camp Springs, MD 20588.
J. Whitcombe
Adjudications Officer
""")

NOTICES["c07-quoting-rfe-denial"] = dict(kind="denial", date="2027-08-16", receipt="IOE0842917563", respond_by=None, furniture=[], text=f"""U.S. Citizenship and Immigration Services
DECISION
August 16, 2027
Receipt Number: IOE0842917563
Petitioner: Milena Jovanovic
Beneficiary: Luka Jovanovic
You filed Form I-131, {FORM}, on behalf of your son Luka, a seven year old citizen of Serbia, so that he could receive a cochlear implant and hearing therapy in Chicago. For the reasons below, the application is denied.
{STD} The burden of proof, a preponderance of the evidence, is on the petitioner.
On April 12, 2027, USCIS issued a Request for Evidence (RFE). Among other things, the RFE stated:
"Submit a statement from an ear specialist explaining whether cochlear implant surgery is performed in Belgrade, Novi Sad or another city in Serbia, and if so why Luka cannot be treated there."
"Submit a letter from the Chicago hospital confirming that Luka has been accepted for surgery and describing the plan for device programming and speech therapy after surgery."
"Submit evidence of where Luka and his caregiver would live during the stay and who would pay for their lodging and daily needs."
In response you filed a second letter from Luka's pediatrician, an email from the Chicago hospital's international office, and a letter from your cousin in Illinois.
This response does not resolve the issues identified in the RFE.
{{{{treatment-unavailable|The pediatrician's new letter says that the waiting list for implants in Belgrade is "long". It does not name the hospital, state how long the wait is, or say that Luka has been placed on it, and it does not mention the implant program in Novi Sad at all.}}}}
{{{{us-treatment-arranged|The international office's email gives a price range and says that a surgeon "may be able to see Luka in the autumn". It does not state that he has been accepted, and it says nothing about the months of programming visits and speech therapy that follow the operation.}}}}
{{{{support-plan|Your cousin writes that Luka and his mother are welcome to stay with her in Aurora, but she does not describe her home, say how far it is from the hospital, or state that she will pay for food and transport; the family's own funds, as shown in the I-134, would cover only a few weeks.}}}}
The application is therefore denied. There is no appeal of this decision. You may file a new Form I-131 with the required fee and new evidence.
K. Adeyemi-Strand
Adjudications Officer
""")

NOTICES["n08-checklist-rfe"] = dict(kind="rfe", date="2027-09-06", receipt="IOE0896035218", respond_by="2027-11-29", furniture=[], text=f"""U.S. Citizenship and Immigration Services
REQUEST FOR EVIDENCE
Date: September 6, 2027
Receipt Number: IOE0896035218
Beneficiary: Rosa Elvira Quishpe
Requester: Marco Quishpe
You filed Form I-131 for your mother, Rosa Elvira Quishpe, a 58 year old citizen of Ecuador, asking that she be paroled so that a tumor of the pituitary gland can be removed at a hospital in New Jersey.
{STD} You must prove eligibility by a preponderance of the evidence.
USCIS needs more evidence on the points below. Under each point is a checklist of documents that may answer it; mark each box you send and return the checklist with your response.
Point A - Medical need
{{{{medical-urgency|The neurosurgeon in Quito reports a tumor pressing on the nerves to the eyes, but the single eye examination filed dates from more than twelve months ago and does not say whether Mrs. Quishpe's sight has worsened since then.
Documents to send:
□ a current letter from the treating neurosurgeon describing her present condition and the risk of delay;
□ a recent visual field test and an MRI of the brain dated within the last three months.}}}}
Point B - Care in Ecuador
{{{{treatment-unavailable|Hospitals in Quito and Guayaquil perform pituitary surgery through the nose, and the record does not say whether Mrs. Quishpe was referred to any of them or turned away.
Documents to send:
□ a letter from a physician in Ecuador explaining why the operation cannot be done there or in Colombia or Peru;
□ any referral, waiting list letter or refusal from those hospitals.}}}}
Point C - The New Jersey hospital
{{{{us-treatment-arranged|The letter from the New Jersey hospital is signed by a patient services manager and says the case is "under review". It does not come from a surgeon, and it gives no date or plan for the operation.
Documents to send:
□ a signed letter from the treating surgeon accepting Mrs. Quishpe as a patient;
□ the planned procedure, its date and the expected stay in the hospital and in the area.}}}}
Point D - Translations
{{{{documentation|The MRI report and the neurosurgeon's letter are in Spanish and were filed with English versions that carry no certification.
Documents to send:
□ a full English translation of each foreign language document;
□ a signed statement by the translator attesting to the accuracy and completeness of each translation and to his or her competence in both languages.}}}}
Your response must be received by November 29, 2027. Send all the documents together, with this notice and the marked checklists on top. Evidence received after that date will not be considered.
P. Lindgren-Afolabi
Adjudications Officer
""")

NOTICES["n09-factor-assessment-noid"] = dict(kind="noid", date="2027-10-11", receipt="IOE0807293614", respond_by="2027-11-10", furniture=[], text=f"""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
NOTICE OF INTENT TO DENY
October 11, 2027
Receipt Number: IOE0807293614
Applicant: Claudine Niyonzima
Beneficiary: Eric Ndayishimiye
You filed Form I-131 on behalf of your brother, Eric Ndayishimiye, a 38 year old citizen of Burundi who needs surgery to repair a hole between the chambers of his heart, at a hospital in Maryland.
{STD} The applicant bears the burden of showing, by a preponderance of the evidence, that parole is warranted. USCIS weighs each factor below and then the record as a whole.
The filing includes a letter from a cardiologist in Bujumbura, a heart ultrasound report, a letter from the Maryland hospital, a Form I-134 from you with bank statements, and a statement from Mr. Ndayishimiye.
Summary of factors
FACTOR | ASSESSMENT
Seriousness of the condition | Favorable
The heart ultrasound shows a large opening with strain on the right side of the heart, and the cardiologist explains that it has caused breathlessness and swelling of the legs. USCIS accepts that the condition is serious.
Treatment in Burundi and the region | Unfavorable
{{{{treatment-unavailable|The cardiologist writes that open heart surgery is not done in Bujumbura. He does not address the heart centers in Kigali, Nairobi and Dar es Salaam, which repair this kind of defect, sometimes without opening the chest, and which accept patients from Burundi.}}}}
Acceptance by a US provider | Favorable
The Maryland hospital's letter, signed by a cardiac surgeon, accepts Mr. Ndayishimiye for surgery and states the planned procedure and a stay of about six weeks.
Payment of costs | Unfavorable
{{{{financial-support|The hospital estimates $145,000 for the surgery and stay. Your Form I-134 and bank statements show savings of about $19,000 and a salary of $52,000, and the file names no one else who would pay.}}}}
Fitness to travel | Unfavorable
{{{{travel-feasibility|Mr. Ndayishimiye has fluid in his legs and gets short of breath walking, according to his own statement. No physician has said whether he can make a long journey by air with two changes of aircraft, or whether he needs oxygen on board.}}}}
Return after treatment | Favorable
The statement describes his employment as a teacher in Gitega, his wife and three children there, and the cardiologist's agreement to follow him after surgery.
USCIS intends to deny the application because the unfavorable factors above have not been overcome. You may submit evidence in response within 30 days of the date of this notice. If no response is received by that time, the application will be denied.
M. Oyelaran-Berg
Adjudications Officer
""")

NOTICES["n10-exhibit-review-denial-2p"] = dict(kind="denial", date="2027-11-22", receipt="IOE0825741960", respond_by=None,
furniture=["IOE0825741960 / Decision / Page 1", "IOE0825741960 / Decision / Page 2"], text=f"""Layla Haddad
2250 Oak Ridge Road
Dearborn, MI 48124
November 22, 2027
Receipt Number: IOE0825741960
DECISION
You filed a Form I-131, {FORM}, seeking parole for your mother, Samira Haddad, a 63 year old citizen of Jordan, so that she could receive treatment for a rare eye cancer at a hospital in Philadelphia. USCIS has reviewed each exhibit you submitted, in the order of your exhibit list, and has denied the application.
{STD} You bear the burden of proving by a preponderance of the evidence that your mother qualifies and that discretion should be exercised in her favor.
Review of the exhibits
Exhibit 1, Mrs. Haddad's passport. The passport is valid and raises no concern.
Exhibit 2, letter of Dr. Nabil Saadeh, ophthalmologist, Amman, dated June 1, 2027. Dr. Saadeh diagnoses a melanoma inside the left eye and recommends radiation delivered by a small plaque placed on the eye. {{{{treatment-unavailable|He states that this treatment is "not routinely available" in Jordan, but the record shows that the national cancer center in Amman treats eye tumors, and Dr. Saadeh does not say whether he asked it to treat Mrs. Haddad or whether removal of the eye, which he mentions as another choice, could be done there.}}}}
Exhibit 3, scan reports. The scans confirm a tumor of moderate size. {{{{medical-urgency|They were taken in January 2027, nearly a year before this decision, and nothing later shows whether the tumor has grown or spread. The record therefore does not establish how quickly Mrs. Haddad must be treated.}}}}
Exhibit 4, letter from the Philadelphia eye hospital. The hospital confirms that a specialist has reviewed the scans and is willing to see Mrs. Haddad. {{{{us-treatment-arranged|The letter offers a consultation only, says that the choice of treatment will be made after examination, and gives no date for any procedure; it does not show that a treatment plan has been settled.}}}}
Exhibit 5, Form I-134 and tax returns. You report income of $96,000, which, with the estimate in Exhibit 4, is enough to cover the consultation and the likely treatment. This exhibit is favorable.
IOE0825741960 / Decision / Page 1
\f
IOE0825741960 / Decision / Page 2
Exhibit 6, your statement. You say your mother would live with you in Dearborn and that you would drive her to Philadelphia. {{{{support-plan|Dearborn is about six hundred miles from the hospital, and plaque treatment requires a stay of several days with the plaque in place and then repeated visits. Your statement does not say where she would stay in Philadelphia, who would be with her, or how the repeated trips would be made.}}}}
Exhibit 7, certificate from the Public Security Directorate. It reports no criminal record and is favorable.
Because the exhibits do not establish that the treatment is unavailable in Jordan, that it is urgent, that it has been arranged, or that Mrs. Haddad would be supported during her stay, the application is denied.
This decision may not be appealed. You may file a new Form I-131, with the fee in effect and new evidence, at any time.
Sincerely,
D. Kowalczyk-Nwosu
Adjudications Officer
""")
