# Notice texts of the thirty-first held-out set, written from scratch.
# Each entry: (name, kind, date, receipt, days to respond or None, furniture, text).
# One paragraph a line; "\f" is a page break; each ground is marked in place
# as [[category: ...]]. All people, organizations and receipt numbers are invented.

C01 = """U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
International Operations Division
REQUEST FOR EVIDENCE
Notice Date: February 9, 2027
Receipt Number: IOE3158026471
Form Type: I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Requestor: Chiara Montalbetti
Beneficiary: Giulia Ferrandi
Ms. Montalbetti filed this request on December 14, 2026. She asks that her daughter Giulia, a two year old Italian citizen who lives in Bologna, be paroled into the United States for proton beam radiation to treat an atypical teratoid rhabdoid tumor that surgeons in Bologna partly removed in November 2026.
Parole lies in the discretion of the Secretary and may be granted only case by case, for urgent humanitarian reasons or significant public benefit. Section 212(d)(5)(A) of the Immigration and Nationality Act, 8 U.S.C. 1182(d)(5)(A). The requestor must establish each element of the claim by a preponderance of the evidence, which means showing that the claim is more likely true than not. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). Where that showing is made, USCIS still weighs every favorable and adverse fact before deciding whether to grant parole.
The request arrived with the operative report and the pathology findings from Bologna, a letter of January 4, 2027 from Giulia's pediatric oncologist, an email from the intake coordinator of a proton therapy center in Jacksonville, Florida, a Form I-134 signed by Giulia's uncle, Marco Ferrandi, of Orlando, Florida, and copies of the passports of Giulia and her mother.
On this evidence, the numbered points below remain open. The end of each point describes what could settle it.
1. [[treatment-unavailable: The oncologist writes that radiation ought to start within six weeks of surgery and that protons "give the best chance of sparing the developing brain," yet Italy has proton therapy centers in operation, and more run in nearby European countries. The letter does not say whether Giulia was referred to any of them, whether any turned her away, or what would keep her from being treated there within the time her doctors advise. Submit a statement from the treating oncologist naming each center in Italy or elsewhere in Europe that was approached and its answer, with any written refusal or waiting list notice.]]
2. [[us-treatment-arranged: The Jacksonville email confirms only that Giulia's scans arrived and that "a consultation can be scheduled." No radiation oncologist has stated that Giulia is a candidate, how many sessions she would need, whether each session would be given under sedation, or when treatment would begin. Provide a letter signed by the radiation oncologist in Jacksonville who would treat her, confirming acceptance, the planned course and its expected duration.]]
3. [[financial-support: On Form I-134 Mr. Ferrandi lists a yearly salary of $58,000 and $9,200 in savings. Nothing in the record estimates the price of a full course of proton therapy with anesthesia and imaging, and nothing shows that the Italian national health service, a charity or the center itself would pay any part of it. Submit a written estimate from the Jacksonville center and documents showing who would pay it and out of which funds.]]
4. [[support-plan: According to the request, Giulia and her mother would stay "with family in Florida." Mr. Ferrandi, however, lives in Orlando, roughly 140 miles from Jacksonville, and weekday sessions over several weeks would call for lodging near the center. The request does not say where the two would live, how Giulia would reach each session, or who would help her mother look after a small child who is recovering from brain surgery while in treatment. Send a rental agreement, a host's signed letter, or a booking confirmed by a family lodging program, together with a
Ferrandi, G. -- IOE3158026471 -- p. 1/2
\f
RFE (continued) -- Giulia Ferrandi
description of daily transport and of the adults who will assist with her care.]]
5. [[temporary-stay: The request seeks parole for one year but does not describe what comes after the last session: who will watch Giulia for late effects of the radiation, whether the Bologna team has agreed to take her back into its care, and when she and her mother mean to return home. Submit a letter from the Bologna oncologist confirming that the team there will resume her care once treatment ends, and evidence of the planned return.]]
How to respond: Your response must reach this office no later than 84 calendar days from the Notice Date given above. Place this notice on top of the response and mail all of the requested documents together in one package. If nothing is received by then, the request will be decided on the present record and may be denied.
Sincerely,
Loretta Vantongeren
Supervisory Immigration Officer
International Operations Division
Ferrandi, G. -- IOE3158026471 -- p. 2/2
"""

C02 = """NOTICE OF INTENT TO DENY
U.S. Citizenship and Immigration Services
March 22, 2027
Receipt No.: IOE6204719385
Petitioner: Joris Hoogeveen
Beneficiary: Sem Hoogeveen
RE: Request for humanitarian parole, Form I-131
Mr. Hoogeveen asks that his son Sem, a Dutch citizen of sixteen months who lives with his parents in Eindhoven, be paroled into the United States to receive an experimental gene therapy for Canavan disease at a university hospital in Philadelphia, Pennsylvania.
USCIS may parole a noncitizen into the United States only case by case, for urgent humanitarian reasons or significant public benefit. 8 U.S.C. 1182(d)(5)(A). The petitioner bears the burden of showing, by a preponderance of the evidence, both that the beneficiary qualifies and that parole ought to be granted as a matter of discretion. See Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
The file holds a letter from Sem's child neurologist in Eindhoven, a genetic test report, a letter from the Philadelphia study team, the parents' bank statements, and a Form I-134 completed by a family friend in Lancaster, Pennsylvania. Having reviewed all of it, USCIS proposes to deny the petition for the reasons given in paragraphs A through D.
A. [[medical-urgency: The neurologist's letter dates from October 2026 and describes Sem as able to hold up his head and to follow faces with his eyes. The study team writes that children are enrolled only while they keep certain motor skills, but the file contains no recent examination, no current brain imaging, and no opinion on whether Sem still satisfies that condition or how soon he is likely to lose those skills.]]
B. [[other-avenues: As a citizen of the Netherlands, Sem could normally apply online for an electronic travel authorization, since the Netherlands belongs to the Visa Waiver Program, or could ask the consulate in Amsterdam for a visa to come for treatment. The petition does not claim that either route was attempted, and it offers no reason why parole is needed in place of them.]]
C. [[travel-feasibility: His neurologist reports that Sem has frequent seizures, is fed through a tube, and was admitted to hospital twice last year with aspiration pneumonia. Nothing in the file addresses whether he can safely make a transatlantic flight, whether medical staff would escort him, or how a seizure during the flight would be managed.]]
D. [[temporary-stay: The study team's letter explains that the therapy is given once but that every treated child comes back to Philadelphia for checks each three months during the first two years. The petition asks for six months of parole and does not say whether the family would remain for the whole two years, go back to the Netherlands between visits, or request parole again for each visit.]]
A reply may include any evidence the petitioner considers relevant to these points. USCIS will consider a reply received within 30 days of the date on this notice. A reply that arrives later will not be considered, and the petition will then be denied on the record as it stands.
Sincerely,
Dolores Whitcombe
Director, Humanitarian Affairs Branch
"""

C03 = """DECISION ON APPLICATION FOR PAROLE
Department of Homeland Security
U.S. Citizenship and Immigration Services
Date of Decision: April 14, 2027
Receipt Number: IOE8841053276
Applicant: Annika Sandqvist
Beneficiary: Vidar Sandqvist
Ms. Sandqvist requested parole for her son Vidar, a four year old Swedish citizen from Uppsala, so that he can join a clinical trial of gene therapy for Sanfilippo syndrome type A, an inherited storage disease that damages the brain, at a children's hospital in Columbus, Ohio. USCIS has reviewed the request, and it is denied.
Parole under section 212(d)(5)(A) of the Immigration and Nationality Act is granted only case by case for urgent humanitarian reasons or significant public benefit. The applicant must show eligibility and that discretion should be exercised in the beneficiary's favor, and must do so by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
In support, Ms. Sandqvist filed medical reports in Swedish from the university hospital in Uppsala, a two page summary in English written by Vidar's pediatrician, a screening invitation from the trial coordinator in Columbus, a bank statement, and her own statement. These documents were weighed as a whole. The request fails for the reasons listed below.
\u2022 [[us-treatment-arranged: The coordinator's invitation asks the family to come to a screening visit at which the team "will determine whether Vidar is eligible." Eligibility is therefore still undecided, no start date is given, and the file does not show that Vidar would receive the gene therapy at all rather than go home after screening.]]
\u2022 [[financial-support: The only evidence of funds is a statement from a Swedish savings account in Ms. Sandqvist's name with a balance of about 180,000 kronor. The trial covers the study treatment but not travel, months of lodging in Ohio, or care outside the study, and no Form I-134 was filed, nobody has priced those costs, and there is no promise from the trial sponsor or anyone else to meet them.]]
\u2022 [[documentation: The Uppsala hospital reports are in Swedish and have no English translation. The pediatrician's summary does not translate them, and no translator has certified it. USCIS cannot give weight to records that it is unable to read.]]
\u2022 [[discretion: Ms. Sandqvist writes that the family has "never been to the United States." Department of Homeland Security records show that she entered at Newark in June 2023 under the Visa Waiver Program and departed in March 2024, about six months after her permitted stay ended. The request neither mentions this overstay nor explains the contradiction, which casts doubt on everything else the request asserts and counts strongly against a discretionary grant.]]
This decision cannot be appealed, and a motion to reopen or reconsider is not available for a request for parole. Ms. Sandqvist is free to submit another Form I-131, with the fee then in effect, and with evidence that responds to the reasons above.
Nadine Crowell
Section Chief, Humanitarian Affairs Branch
"""

C04 = """U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
NOTICE OF DENIAL
Date: May 3, 2027
Receipt: IOE2970364158
Petitioner: Gian Caflisch
Beneficiary: Seraina Caflisch
PROCEDURAL HISTORY
On November 29, 2026, Mr. Caflisch filed Form I-131 asking that his sister, a 38 year old Swiss citizen living in Geneva who has lymphangioleiomyomatosis, a rare disease that destroys lung tissue, be paroled so that she could be evaluated for a lung transplant and receive one at a hospital in St. Louis, Missouri. USCIS issued a Request for Evidence on February 8, 2027, and received a response on April 6, 2027.
GOVERNING STANDARD
Parole may be granted, in the exercise of discretion, only case by case and for urgent humanitarian reasons or significant public benefit. 8 U.S.C. 1182(d)(5)(A). It is for the petitioner to establish, by a preponderance of the evidence, that the beneficiary is eligible and merits a favorable exercise of discretion. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
REASONS FOR DENIAL
Availability of transplantation in Switzerland
[[treatment-unavailable: Switzerland has lung transplant programs in Zurich and in the Geneva and Lausanne area, and the response contains a letter from Ms. Caflisch's pulmonologist in Geneva stating that she was placed on the Swiss national waiting list in September 2026. The response does not show that the Swiss program has declined her, that her expected wait exceeds what her condition allows, or that a transplant in St. Louis would become available to her any sooner.]]
Present medical need
[[medical-urgency: The pulmonologist's letter reports lung function results from July 2026 and says that Ms. Caflisch's disease "has been stable on her current medication." The record contains no later tests, no account of her need for oxygen, and no opinion that her condition has declined since then, so it does not show that she must have the operation at present and could not safely wait.]]
Identity documents
The Request for Evidence asked for a legible copy of the beneficiary's passport. The response supplies one, and this point is resolved.
Payment for the transplant and aftercare
[[financial-support: The St. Louis hospital puts the price of evaluation, transplant and the first year of care at $1,150,000, and it requires a patient from abroad to pay a deposit before being listed. Mr. Caflisch's Form I-134 lists yearly earnings of $96,000, and the response adds a letter from Ms. Caflisch's Swiss health insurer explaining that treatment abroad is reimbursed only if it was approved beforehand and could not be provided in Switzerland. No approval has been given, and the record names no other source that
Notice of Denial -- Caflisch -- 1 of 2
\f
IOE2970364158 (continued)
would pay the deposit or the later cost of the medication against rejection that Ms. Caflisch would need for the rest of her life.]]
Duration of the stay
[[temporary-stay: A lung transplant recipient usually lives close to the hospital that performed the operation for several months afterward and needs frequent checks for years after that. The petition asks for twelve months of parole without saying whether the Geneva team would take over her care, how her medical files would reach Geneva, or what would happen if complications kept her from leaving when that period ends.]]
DECISION
The matters stated under the headings Availability of transplantation in Switzerland, Present medical need, Payment for the transplant and aftercare, and Duration of the stay are each unresolved, and the petition is denied. No appeal lies to the Administrative Appeals Office from this decision. A fresh Form I-131 may be filed, with the required fee and evidence that addresses these matters.
Raymond Ostrowski
Chief, Humanitarian Affairs Branch
Notice of Denial -- Caflisch -- 2 of 2
"""

C05 = """NOTICE OF INTENT TO DENY
U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Issued: May 20, 2027
Receipt Number: IOE5523987140
Petitioner: Sungmin Kang
Beneficiary: Dohyun Kang
Mr. Kang filed a request for parole for his son Dohyun, an eleven year old citizen of South Korea who lives in Busan. Dohyun has Loeys-Dietz syndrome, an inherited disorder of the connective tissue, and his aortic root is enlarged. Mr. Kang asks that Dohyun be paroled so that a cardiac surgeon in Baltimore, Maryland can replace the aortic root while sparing the valve.
Parole is available only case by case, for urgent humanitarian reasons or significant public benefit, and only as a matter of discretion. 8 U.S.C. 1182(d)(5)(A). The petitioner carries the burden of proving eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). The record consists of a letter from Dohyun's pediatric cardiologist in Busan, two echocardiogram reports, an email from the Baltimore surgeon's office, Mr. Kang's bank statements and a Form I-134 from a relative in Annandale, Virginia. Having considered it, USCIS intends to deny the request on the grounds stated in the next two paragraphs.
[[treatment-unavailable: Dohyun's pediatric cardiologist in Busan writes that the operation "should be done by a surgeon with wide experience in this syndrome," but large Korean hospitals perform aortic root surgery on children as a matter of routine, and the letter does not say that any Korean surgeon was consulted or refused to operate.]] [[medical-urgency: In addition, the latest echocardiogram in the record dates from August 2026 and gives the diameter of the aortic root without stating whether it has grown since the earlier measurement, and no physician says that surgery is needed within any particular time or what Dohyun risks if it is put off.]]
[[travel-feasibility: The request does not address whether a child with an enlarged aorta can safely take a flight lasting more than thirteen hours, whether his blood pressure needs to be brought under control before he flies, or whether he would fly with a doctor or nurse at his side.]] [[other-avenues: South Korea takes part in the Visa Waiver Program, and its citizens may also ask the American embassy for a visitor visa in order to obtain medical care; the request is silent on why Dohyun used neither, and parole is not meant to stand in for those ordinary procedures.]]
These four shortcomings are independent of one another, and any one of them would support denial.
Your reply must be received on or before Monday, June 21, 2027. Send it to the address shown on the enclosed cover sheet. If no reply has arrived by that date, USCIS will decide the request without it.
Alicia Brennerman
Immigration Officer
"""

C06 = """NOTICE OF DECISION
U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Date: June 30, 2027
Receipt: IOE7016642395
Petitioner: Yating Chou
Beneficiary: Ethan Lin
Ms. Chou asked USCIS to parole her son Ethan, a three year old citizen of Taiwan who lives in Taichung, so that his left lower leg can be reconstructed at a limb lengthening and deformity center in West Palm Beach, Florida. Ethan was born with congenital pseudarthrosis of the tibia, a false joint in the shin bone that has failed to heal after two operations in Taiwan. After considering the record, USCIS denies the petition.
Parole is granted only case by case, for urgent humanitarian reasons or significant public benefit, and at the discretion of the agency. 8 U.S.C. 1182(d)(5)(A). The petitioner bears the burden of proof, and the standard is a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
USCIS issued a Request for Evidence on March 29, 2027, which stated in part:
"1. Submit a letter from the surgeon in West Palm Beach who would operate, stating that Ethan has been accepted as a patient, the operation planned, and how long treatment and recovery are expected to take."
"2. Submit a certified English translation of each Chinese language document in the record."
"3. Submit evidence of how the costs of the surgery, hospital stay and recovery period will be paid, including a cost estimate from the center."
"4. Submit evidence of where Ethan and the adults accompanying him will live during treatment and recovery, and how their daily needs will be met."
Ms. Chou responded on May 24, 2027, with translations of the Taiwanese hospital records, a clinic appointment confirmation, a letter from the center's international office, the center's price list, a Form I-134 and a short personal statement. The translations are complete and bear the translator's certification, so the second request is met. The remaining requests are addressed below.
[[us-treatment-arranged: The response includes a confirmation of a clinic appointment on August 9, 2027, and a letter from the center's international office stating that "surgical options will be discussed at the first visit." Neither is signed by a surgeon, and neither states that an operation has been decided on, what it would be, or how long Ethan would be treated, so the first request was not answered.]]
[[financial-support: For the third request, Ms. Chou filed the center's general price list and a Form I-134 from a cousin in Fort Lauderdale whose yearly income is $63,500. A price list is not an estimate for Ethan's care, and the response leaves unexplained who would pay for surgery that, by the center's own list, starts at $85,000 for one procedure, or for the months of outpatient therapy that come after it.]]
[[support-plan: As to the fourth request, the only answer given is that the family will "rent near the center." It names no home, gives no rental terms or budget, and does not say who would care for Ethan, whose leg would be held in an external frame for months, while his mother also looks after his infant sister, who would travel with them.]]
Because the first, third and fourth requests remain unmet, the petition is denied. This decision may not be appealed. Ms. Chou may submit a new Form I-131 with the fee and with new evidence.
Gordon Achebe-Lyle
Acting Section Chief
"""

C07 = """USCIS | Request for Evidence | IOE4309857216
U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
REQUEST FOR EVIDENCE
Date: July 26, 2027
Receipt Number: IOE4309857216
Petitioner: Dalia Kerem
Beneficiary: Noa Shapira
Ms. Kerem, who lives in Teaneck, New Jersey, filed Form I-131 on behalf of her niece Noa, a fifteen year old citizen of Israel from Haifa. Noa has obstructive hypertrophic cardiomyopathy, a thickening of the heart muscle that narrows the path of blood leaving the heart, and Ms. Kerem asks that she be paroled for a septal myectomy at a medical center in Rochester, Minnesota.
Parole may be authorized only case by case for urgent humanitarian reasons or significant public benefit. 8 U.S.C. 1182(d)(5)(A). The petitioner has to prove eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
The petition includes a letter from Noa's cardiologist in Haifa, reports of an echocardiogram and an exercise test, a letter from a cardiac surgery office in Rochester, Ms. Kerem's Form I-134 with her tax returns, and a letter from Ms. Kerem describing the family's situation. USCIS cannot yet reach a decision. Please address the four matters below; each ends with examples of evidence that may resolve it.
[[treatment-unavailable: The Haifa cardiologist recommends surgery to remove part of the thickened muscle and states that "the most experienced teams are abroad." Heart centers in Israel perform this operation, and some patients there are offered alcohol septal ablation instead. The letter does not say whether an Israeli surgical team evaluated Noa or why she could not be treated in Israel. Evidence that may resolve this includes a letter from the cardiologist naming the Israeli centers consulted and what each advised, and any record of a referral that was declined.]]
[[us-treatment-arranged: The letter from Rochester is signed by a patient coordinator and says that Noa's records "have been forwarded for surgical review." It does not confirm that a surgeon has accepted her, and it does not describe the planned operation, the hospital stay or the recovery time. Evidence that may resolve this includes a letter from the operating surgeon stating acceptance, the planned procedure and the expected length of treatment.]]
[[financial-support: Ms. Kerem's tax returns show a household income of about $71,000, and her Form I-134 leaves blank the amount she would commit. There is no estimate of the surgery and hospital costs, and nothing says whether Noa's Israeli health fund would contribute to care abroad. Evidence that may resolve this includes a written cost estimate from the Rochester center, a letter from the health fund stating whether it will pay any share, and bank or employment records for whoever will cover the
RFE page 1
\f
USCIS | Request for Evidence | IOE4309857216
balance.]]
[[other: Ms. Kerem is Noa's aunt, not her parent or legal guardian. The record contains no written authorization from either of Noa's parents for her to travel for surgery or for Ms. Kerem to act for her, and it does not say who would consent to medical treatment for a minor while she is in the United States. Evidence that may resolve this includes signed consent from both parents, or a court order showing who has custody, and a statement naming the adult who will accompany Noa.]]
Please respond within eight weeks of the date of this notice, and include this notice as the first page of the response. USCIS will decide the petition when the response arrives, or on the present record if none arrives in time.
Evelyn Markowitz
Immigration Services Officer
RFE page 2
"""

N08 = """U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
REQUEST FOR EVIDENCE (LINKED REQUESTS)
Notice Date: September 7, 2027
Receipt Number: IOE9182736450 (lead request)
Linked Receipt Number: IOE9182736468
Requestor: Faisal Alqahtani
This notice covers two requests for parole that were filed together and are being decided together:
Lead request: IOE9182736450. Beneficiary: Lulwa Alqahtani (patient), born 2024.
Linked request: IOE9182736468. Beneficiary: Faisal Alqahtani (accompanying parent).
Mr. Alqahtani asks that his daughter Lulwa, a three year old Saudi citizen who lives in Khobar, be paroled for a combined liver and kidney transplant at a children's hospital in Pittsburgh, Pennsylvania, as treatment for methylmalonic acidemia, an inherited inability to break down certain proteins, and that he be paroled to accompany her.
Each request is decided on its own record, but the linked request depends on the lead request: a parent is paroled to accompany a patient only if the patient's request is approved. Parole is granted only case by case for urgent humanitarian reasons or significant public benefit. 8 U.S.C. 1182(d)(5)(A). The requestor must prove eligibility for each request by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
With the two requests USCIS received a letter from Lulwa's metabolic specialist in Khobar, a letter and a cost estimate from the Pittsburgh hospital, Mr. Alqahtani's statement, passport copies for both beneficiaries and a bank letter. The points below are grouped by the request they concern and numbered in one series. One response should answer every point for both receipt numbers.
POINTS CONCERNING BOTH REQUESTS
1. [[us-treatment-arranged: The Pittsburgh hospital's letter of July 2027 states that Lulwa "would be evaluated for combined liver and kidney transplantation" and that listing depends on the outcome of that evaluation. The file does not show that the evaluation has been scheduled, that Lulwa is expected to be listed, or how long she might wait for suitable organs. Submit a letter from the transplant team describing the evaluation, the likelihood of listing and the expected timeline, with any acceptance already given.]]
2. [[financial-support: The hospital estimates the evaluation alone at $68,000 and the transplant and first year of care at $1.4 million. Mr. Alqahtani writes that the Saudi Ministry of Health "usually covers treatment abroad," but he submits no approval from the Ministry or from any other payer for the evaluation or the transplant. Submit the written decision of the Ministry or of another payer, stating the amount it will pay and for what period, together with evidence of funds for travel and living costs.]]
3. [[support-plan: The request proposes that father and daughter would live in a furnished apartment "close to the hospital" for up to a year after the transplant, but no lease, host letter or cost is given. Lulwa's mother and two brothers would remain in Khobar, and nothing in the request identifies who would share with Mr. Alqahtani the care of a very young transplant patient, how Lulwa would get to frequent clinic visits, or who would step in if he fell ill. Submit evidence of the housing arranged and its cost, and identify the people and services that would help
Linked RFE -- IOE9182736450 / IOE9182736468 -- 1 of 2
\f
Alqahtani, lead and linked requests (continued)
with daily care and transport.]]
POINTS CONCERNING THE LEAD REQUEST ONLY (IOE9182736450)
4. [[medical-urgency: Lulwa's metabolic specialist reports that she follows a restricted diet, that she had three metabolic crises in the past year, the latest in March 2027, and that her kidney function "is declining." No laboratory results are attached, and the letter gives no measure of kidney function and no opinion on how soon a transplant is needed. Submit recent laboratory results and an updated letter from the specialist on Lulwa's present condition and the risk of waiting.]]
POINTS CONCERNING THE LINKED REQUEST ONLY (IOE9182736468)
5. [[other-avenues: Records show that Mr. Alqahtani holds a visitor visa valid until 2029 and that he last came to the United States on that visa in 2025. The linked request does not explain why he needs parole to accompany his daughter when he may be able to travel on that visa. Explain why the visa cannot be used for this trip, and submit any evidence that it would not allow him to remain for the period of her treatment.]]
Send a single response that answers all five points, marked with both receipt numbers, no later than 70 days after the notice date above. If no response is received, each request will be decided on the evidence now in its record.
Mildred Oyelaran
Immigration Services Officer
Linked RFE -- IOE9182736450 / IOE9182736468 -- 2 of 2
"""

N09 = """OCT 04 2027 15:41 USCIS HUMANITARIAN AFFAIRS P.1/3
FACSIMILE TRANSMITTAL
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
To: Mariam Alketbi
Fax: +971 3 765 0192
From: Humanitarian Affairs Branch, USCIS
Date: October 4, 2027
Pages (including this cover sheet): 3
Re: Decision on Form I-131, Receipt IOE3364820917
Message: The attached decision is sent by fax at the requestor's request, in addition to the copy sent by mail. The decision and its reasons begin on the next page.
CONFIDENTIALITY: This transmission may contain information protected by law. If you received it in error, please notify the sender by telephone and destroy all pages.
\f
OCT 04 2027 15:41 USCIS HUMANITARIAN AFFAIRS P.2/3
U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
DECISION
Date: October 4, 2027
Receipt Number: IOE3364820917
Requestor: Mariam Alketbi
Beneficiary: Hamdan Alketbi
Ms. Alketbi requested parole for her son Hamdan, a six year old citizen of the United Arab Emirates who lives in Al Ain and has Hutchinson-Gilford progeria syndrome, so that he could be treated and followed by a progeria research program in Boston, Massachusetts. The request is denied.
Parole is a discretionary measure, available only case by case for urgent humanitarian reasons or significant public benefit. 8 U.S.C. 1182(d)(5)(A). The requestor must show by a preponderance of the evidence that the request meets that standard and deserves a favorable exercise of discretion. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
Ms. Alketbi submitted a letter from Hamdan's pediatrician in Al Ain, a letter from the Boston program inviting Hamdan for a week of examinations, a hospital report in Arabic, scanned copies of passports, and a letter from her bank. USCIS weighed these individually and together. The reasons for this decision are given in the numbered paragraphs below.
(1) [[treatment-unavailable: The Boston program's letter explains that the one approved drug for progeria is taken by mouth at home and that the program's visits consist of examinations and tests. The pediatrician does not say that the drug cannot be prescribed and supplied in the Emirates or whether it was sought through an import route for named patients, and nothing shows that Hamdan's care could not continue under a local physician in contact with the Boston team.]]
(2) [[medical-urgency: The request points to no change in Hamdan's condition that makes travel necessary now. The pediatrician's letter, written in May 2027, describes him as "clinically stable" with normal heart findings at his last examination, and no later report is in the record.]]
(3) [[financial-support: The bank letter states that Ms. Alketbi holds an account in good standing but gives no balance. The Boston program's invitation says that the family must pay for travel, lodging and any tests the research program does not cover, and no one has filed a Form I-134 or otherwise undertaken to pay these costs for Hamdan and the adult who would
\f
OCT 04 2027 15:42 USCIS HUMANITARIAN AFFAIRS P.3/3
travel with him.]]
(4) [[documentation: The passport copies were scanned at so low a resolution that their names, numbers and dates cannot be read, and the Arabic hospital report was filed without any English translation. USCIS therefore could not rely on these documents to establish Hamdan's identity or the course of his illness.]]
For these reasons, the request is denied. A denial of parole cannot be appealed. A new Form I-131 may be filed with the fee and with evidence that answers the reasons above.
Theodora Markham
Chief, Humanitarian Affairs Branch
"""

N10 = """CORRECTED NOTICE OF INTENT TO DENY
U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Date of this corrected notice: October 25, 2027
Receipt Number: IOE1845209763
Petitioner: Julie Gagnon
Beneficiary: Mathieu Gagnon
CORRECTION: This notice replaces the Notice of Intent to Deny dated October 18, 2027. That notice showed the receipt number as IOE1845209736, which belongs to another case, and stated a response date counted from the wrong day. The reasons for the proposed denial have not changed. Please disregard the earlier notice and respond to this one.
Ms. Gagnon, who lives in Seattle, Washington, asks USCIS to parole her brother Mathieu, a 41 year old Canadian citizen from Regina, Saskatchewan, so that he can receive one of her kidneys at a transplant center in Seattle. Mr. Gagnon has Fabry disease, an inherited enzyme disorder, and his kidneys have failed; he has been on dialysis since 2025. As a Canadian citizen he would not ordinarily need a visa to visit the United States, but he was refused entry at Portal, North Dakota in 2021 because of a criminal conviction, and parole is sought for that reason.
Parole is available only case by case for urgent humanitarian reasons or significant public benefit, and only in the exercise of discretion. 8 U.S.C. 1182(d)(5)(A). The petitioner must establish eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). USCIS has reviewed the nephrologist's letter from Regina, the transplant center's letter and estimate, Ms. Gagnon's Form I-134, and the statements of both siblings, and proposes to deny it on the four grounds set out below.
[[security: Mr. Gagnon was convicted in Saskatchewan in 2016 of trafficking in a controlled substance and was sentenced to two years less a day. The request calls the conviction "a mistake from his past" but includes no court record, no proof that the sentence was completed, no police certificate and no evidence of rehabilitation, so USCIS has no basis here for concluding that his presence would pose no risk to public safety.]]
[[other-avenues: A Canadian who is inadmissible may ask for advance permission to enter the United States temporarily on Form I-192, Application for Advance Permission to Enter as a Nonimmigrant. Nothing indicates that Mr. Gagnon has filed that application or that it was refused, and no reason is offered for using parole in its place.]]
[[treatment-unavailable: Transplant programs in Canada perform living donor kidney transplants, including some in which the donor lives in another country. The Regina nephrologist's letter calls Mr. Gagnon "a suitable candidate for transplantation" but does not say that he was referred to a Canadian program, that any program turned him down, or why his sister could not donate in Canada.]]
[[financial-support: The Seattle center quotes $310,000 for the recipient's transplant and his first three months of care. The Saskatchewan health plan pays for care outside Canada only with prior approval, and no approval is in the record; Ms. Gagnon's Form I-134 reports earnings of $88,000 a year and does not show how the balance, or the enzyme infusions Mr. Gagnon receives, would be paid for while he is in the United States.]]
The 30 days allowed for a response run from the date of this corrected notice, not from October 18, 2027. Because this notice is sent by mail, three days are added, and a response received within 33 days of the date above will be considered. A response should answer each reason and include this notice.
Harold Fenwick-Sato
Field Office Director
"""

NOTICES = [
    ("c01-numbered-rfe-2p", "rfe", "2027-02-09", "IOE3158026471", 84,
     ["Ferrandi, G. -- IOE3158026471 -- p. 1/2", "RFE (continued) -- Giulia Ferrandi", "Ferrandi, G. -- IOE3158026471 -- p. 2/2"], C01),
    ("c02-lettered-noid", "noid", "2027-03-22", "IOE6204719385", 30, [], C02),
    ("c03-bulleted-denial", "denial", "2027-04-14", "IOE8841053276", None, [], C03),
    ("c04-headed-denial-2p", "denial", "2027-05-03", "IOE2970364158", None,
     ["Notice of Denial -- Caflisch -- 1 of 2", "IOE2970364158 (continued)", "Notice of Denial -- Caflisch -- 2 of 2"], C04),
    ("c05-runon-noid", "noid", "2027-05-20", "IOE5523987140", 32, [], C05),
    ("c06-quoting-rfe-denial", "denial", "2027-06-30", "IOE7016642395", None, [], C06),
    ("c07-headers-rfe-2p", "rfe", "2027-07-26", "IOE4309857216", 56,
     ["USCIS | Request for Evidence | IOE4309857216", "RFE page 1", "RFE page 2"], C07),
    ("n08-linked-requests-rfe-2p", "rfe", "2027-09-07", "IOE9182736450", 70,
     ["Linked RFE -- IOE9182736450 / IOE9182736468 -- 1 of 2", "Alqahtani, lead and linked requests (continued)", "Linked RFE -- IOE9182736450 / IOE9182736468 -- 2 of 2"], N08),
    ("n09-fax-cover-denial-3p", "denial", "2027-10-04", "IOE3364820917", None,
     ["OCT 04 2027 15:41 USCIS HUMANITARIAN AFFAIRS P.1/3", "OCT 04 2027 15:41 USCIS HUMANITARIAN AFFAIRS P.2/3", "OCT 04 2027 15:42 USCIS HUMANITARIAN AFFAIRS P.3/3"], N09),
    ("n10-corrected-noid", "noid", "2027-10-25", "IOE1845209763", 33, [], N10),
]
