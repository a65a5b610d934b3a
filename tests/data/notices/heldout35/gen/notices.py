# -*- coding: utf-8 -*-
# The ten notices of this set, written from scratch. Each ground is marked in
# place as [[category: ...]]; gen/write.py strips the marks and writes src/
# and spec/. A form feed is a page break. Tuple: name, kind, date, receipt,
# days from the notice date to the response date (None for a denial),
# furniture lines, text.

AGENCY = "U.S. Department of Homeland Security\nU.S. Citizenship and Immigration Services\n"

C01 = AGENCY + """Humanitarian Parole Unit

REQUEST FOR EVIDENCE

Issue date: February 8, 2027
Receipt: IOE5071836420
Application: Form I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Requestor: Mats Sahlström
Beneficiary: Ingrid Sahlström

On November 29, 2026, you asked USCIS to parole your sister, Ingrid Sahlström, a 52 year old resident of Visby on the Swedish island of Gotland, into the United States so that she can undergo whole lung lavage for autoimmune pulmonary alveolar proteinosis at a pulmonary center in Cincinnati, Ohio.

Parole under section 212(d)(5)(A) of the Immigration and Nationality Act is given one case at a time, and only to a person who shows an urgent humanitarian reason or a significant public benefit and who also deserves a favorable exercise of discretion. The person asking must prove each element by a preponderance of the evidence, which means showing that the claim is more likely true than not. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). USCIS looks at each document on its own and then at the record as a whole.

The filing contained: the Form I-131 and its fee; a copy of Ms. Sahlström's Swedish passport; a letter dated October 2, 2026 from Dr. Anders Vikström, a lung specialist at the regional hospital in Visby; chest scans taken in September 2026; a Form I-134 signed by you; and your bank statements for two months.

On this record USCIS cannot yet reach a decision. The numbered items below say what is lacking. Please answer every item and mark each document with the number of the item it answers.

1. [[medical-urgency: Dr. Vikström's letter gives the diagnosis and says that Ms. Sahlström becomes breathless "on modest exertion," but it reports no oxygen readings, no lung function results and no antibody test, and it says nothing about how fast the disease is advancing or what would likely follow if the lavage were put off. Send an up to date letter from one of her doctors, enclosing recent results, that describes her condition today and the risk of waiting.]]

2. [[treatment-unavailable: Whole lung lavage is carried out at several university hospitals in Europe, and nothing in the file shows that Ms. Sahlström was referred to a hospital in Stockholm, Gothenburg or Uppsala, or to one elsewhere in the Nordic countries, or that any of them turned her away. Provide the replies of the hospitals that were approached, or a statement from her physicians explaining why the procedure cannot be done in Sweden or a neighboring country.]]

3. [[us-treatment-arranged: The single document from Cincinnati is an email from a scheduling assistant that offers "a consultation slot in the spring." No physician there has looked at her records or agreed to perform the lavage, and the email names no admission date, treatment plan or expected length of stay. Submit a signed letter from the physician or program in the United States that will treat her, accepting her as a patient and setting out the planned treatment and how long it will last.]]

4. [[financial-support: Your Form I-134 reports annual earnings of $61,000, and the bank statements show an average balance near $9,400. No one has estimated what the procedure, the hospital stay, the flights and the lodging will cost, so USCIS has no way to judge whether
Request for Evidence -- IOE5071836420 -- sheet 1 of 2
\fIOE5071836420 -- Sahlström, Ingrid -- continuation
these resources are enough. Provide the hospital's written figures for these costs and evidence of the money or coverage that will pay them, such as a written pledge from an insurer, a hospital assistance program or another sponsor, with that sponsor's own Form I-134.]]

5. [[travel-feasibility: Ms. Sahlström would fly from Gotland to Stockholm and then cross the Atlantic. The file does not say whether she can fly without extra oxygen, whether an airline has cleared oxygen for use in flight, or who would go with her. Send her physician's opinion on whether she can safely fly, and explain how the trip would be organized, including any oxygen or escort she would need.]]

How to respond. USCIS must receive your response within 84 days of the issue date shown above. Return this notice on top of your response and send all of the evidence together in one package; USCIS will decide the request on the record as it stands once that period ends. The period cannot be extended.

Mail the response to: USCIS, Humanitarian Parole Unit, Attn: RFE Response, 5900 Capital Gateway Drive, Camp Springs, MD 20746.

Please also note that if parole is later authorized, a parole fee set by statute must be paid before the parole document is issued, unless the beneficiary shows that a statutory exception applies. USCIS will send a separate notice about payment at that time.

Officer K. Brandvold
Humanitarian Parole Unit
Request for Evidence -- IOE5071836420 -- sheet 2 of 2
"""

C02 = AGENCY + """Humanitarian Affairs Branch

NOTICE OF INTENT TO DENY

April 14, 2027

Dana Whitcombe, Esq., Whitcombe Arends LLP, Baltimore, Maryland

Receipt No.: IOE3942715068
Beneficiary: Haruka Tomizawa
Requestor: Kenji Ota

Dear Ms. Whitcombe:

Your client, Kenji Ota, filed a request on December 20, 2026 to parole his cousin, Haruka Tomizawa, a 39 year old woman who lives in Asahikawa on the island of Hokkaido, Japan, so that she can be treated for stiff person syndrome at a neuroimmunology program in Baltimore, Maryland. Her husband's statement asks for parole for two years.

The Secretary of Homeland Security may, in his or her discretion, parole a noncitizen case by case for urgent humanitarian reasons or significant public benefit. Immigration and Nationality Act section 212(d)(5)(A), 8 U.S.C. 1182(d)(5)(A). Your client must establish by a preponderance of the evidence that Ms. Tomizawa qualifies and that discretion should be used in her favor. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).

USCIS received the Form I-131 and fee; Ms. Tomizawa's passport; a letter of November 11, 2026 from Dr. Sayuri Inagaki, a neurologist in Asahikawa, with an English version; a letter of December 2, 2026 from a physician in Baltimore; a statement from her husband, Daisuke Tomizawa; and Mr. Ota's Form I-134 and tax returns.

USCIS proposes to deny the request on the grounds stated in paragraphs (A) through (E).

(A) [[treatment-unavailable: Dr. Inagaki writes that Ms. Tomizawa has received diazepam, baclofen and intravenous immune globulin in Asahikawa, and that her spasms have lessened since the infusions began. These treatments, and the rituximab that the Baltimore physician mentions as a next step, are given in Japan, where large university hospitals in Sapporo and Tokyo run clinics for autoimmune nerve disease. The record does not say that any of those hospitals saw her or found that they could not treat her.]]

(B) [[us-treatment-arranged: The Baltimore letter states that the program would be "glad to review Ms. Tomizawa's case" and that a stem cell transplant "could be considered" after evaluation. It does not state that the program has accepted her, or what treatment she would actually receive, when it would begin, or how long it would take.]]

(C) [[financial-support: The only estimate in the file is a figure of about $240,000 for a transplant, given in the Baltimore letter without a breakdown. Mr. Ota's tax returns show income of $48,500 and $51,200 for the last two years, and no insurer, hospital program or other person has promised to pay the rest. Housing and living costs for two years are not addressed.]]

(D) [[other-avenues: Japanese nationals can come as short term visitors without a visa through the Visa Waiver Program once they hold an ESTA authorization, and they may also apply for a B-2 visitor visa to seek medical care. The request does not state that Ms. Tomizawa tried either route, or why a visa or travel authorization could not be obtained for planned care that is not shown to be needed at once.]]

(E) [[temporary-stay: Mr. Tomizawa's statement says the couple "hope to make a new life near the hospital" and that they have given up the lease on their home. No physician describes care after treatment or a return to Japan, and two years is longer than parole is ordinarily granted. Her stay has therefore not been shown to be temporary.]]

You may answer with a brief, new evidence, or both. Your written response must be received within thirty days of this notice. Because the notice was sent by mail, three more days are allowed. Send it, with this notice on top, to USCIS, Humanitarian Affairs Branch, 5900 Capital Gateway Drive, Camp Springs, MD 20746. Otherwise USCIS will decide on the existing record.

Sincerely,
R. Okonkwo-Laird, Adjudications Officer

Enclosure: Form G-28 (copy)
"""

C03 = AGENCY + """

Date: May 20, 2027

DECISION ON REQUEST FOR PAROLE

Receipt No.: IOE8120463397
Requestor: Marites Labastida
Beneficiary: Jericho Labastida

Marites Labastida filed Form I-131 on February 1, 2027, asking USCIS to parole her brother, Jericho Labastida, a 29 year old man from Cagayan de Oro on the island of Mindanao, the Philippines, for a heart transplant evaluation at a transplant program in Rochester, Minnesota. He has arrhythmogenic right ventricular cardiomyopathy. After review of the entire record, USCIS has decided to deny the request.

A person may be paroled into the United States only for urgent humanitarian reasons or a significant public benefit, and only as a matter of discretion. 8 U.S.C. 1182(d)(5)(A). The requestor must show that the facts needed for parole are probably true; the evidence is weighed item by item and as a whole.

Evidence in the record: the Form I-131 and fee; Mr. Labastida's passport; a letter from Dr. Arnel Villaruz, a cardiologist in Cagayan de Oro, dated January 12, 2027; an echocardiogram report and a list of three hospital admissions in 2026; a letter from the transplant program in Rochester dated January 20, 2027; a Form I-134 signed by Ms. Labastida; and a statement from a cousin, Ramon Ebdane, of Stockton, California.

The request is denied for these reasons:

• [[treatment-unavailable: Dr. Villaruz reports that Mr. Labastida already has an implanted defibrillator and that his rhythm problems were treated with ablation in Manila in 2025. Heart transplants are performed at a national heart center in Manila, yet he is not shown to have been assessed there or that he was refused a place on its waiting list.]]

• [[us-treatment-arranged: The letter from Rochester agrees only to an outpatient evaluation. It states that listing for a transplant would depend on test results, on his "insurance status" and on a review by the program's selection committee, and it describes no plan beyond the first visit.]]

• [[financial-support: Ms. Labastida states on her Form I-134 an income of $39,800 a year and savings of $6,200. The cost of the evaluation is not given, and a transplant with its aftercare would cost many times her resources. No hospital, charity or insurer has undertaken to pay.]]

• [[support-plan: Mr. Ebdane writes that he would "help as much as possible" but lives about 2,000 miles from Rochester. Nobody is named who would house Mr. Labastida near the hospital, drive him to appointments, or look after him during the months of close checks that follow a transplant.]]

Any one of these reasons is enough to support the denial.

This decision cannot be appealed to the Administrative Appeals Office, and a Form I-290B filed to appeal it will be rejected. Ms. Labastida may file a fresh Form I-131, with the filing fee and evidence that answers the reasons above.

L. Ferraro-Dunn
Supervisory Immigration Services Officer
"""

C04 = AGENCY + """International and Humanitarian Parole Section

DECISION: REQUEST FOR PAROLE DENIED

Decision date: June 29, 2027
Receipt Number: IOE2659013874
Requestor: Bayu Wijaya
Beneficiary: Arya Pratama Wijaya
Residence of the beneficiary: Mataram, Lombok, Indonesia

Background

Bayu Wijaya asked on January 18, 2027 that USCIS parole his son Arya, now 4 years old, and himself as the boy's escort, so that Arya can begin enzyme replacement for CLN2 disease, a form of Batten disease, at a children's hospital in Columbus, Ohio. USCIS asked for more evidence on March 22, 2027, and Mr. Wijaya replied on May 31, 2027. The father's own request is decided separately.

Legal Standard

Parole may be authorized case by case for urgent humanitarian reasons or significant public benefit under section 212(d)(5)(A) of the Immigration and Nationality Act. The requestor bears the burden of showing eligibility by a preponderance of the evidence, Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010), and even an eligible request may be denied as a matter of discretion.

Discussion

Length and nature of the treatment

[[temporary-stay: The hospital's letter explains that the enzyme is infused into the brain every two weeks through a device placed under the scalp, and that treatment continues "for life." The request asks for one year. No physician explains how the infusions would continue after that year, whether in Indonesia or elsewhere, and Mr. Wijaya's reply does not address it. On this record the stay sought is not shown to be temporary.]]

Availability in the region

[[treatment-unavailable: Mr. Wijaya's reply includes an article reporting that children with CLN2 disease receive the same infusions at a hospital in Singapore, a short flight from Lombok. The reply does not say whether Arya was referred there or to any other center in Southeast Asia, or explain what would prevent his care at a center nearer home.]]

Cost of treatment

[[financial-support: The hospital estimates the drug alone at about $700,000 a year, with surgery, imaging and hospital stays in addition. Mr. Wijaya's Form I-134 lists savings of $22,000, and a letter from a community group in Mataram pledges $5,000. A letter from the drug's maker says that a patient assistance program "may be available," but
Wijaya, A. P. -- Decision -- IOE2659013874 -- page 1 of 2
\fDecision, continued -- IOE2659013874
it does not say that Arya has applied or that he would qualify. The record does not show how most of the cost would be met.]]

Travel

[[travel-feasibility: Arya has several seizures a day and is fed through a tube. The journey from Lombok to Ohio takes more than thirty hours with at least two changes of aircraft. No physician says he can safely make that trip, and the file names neither a medical escort nor an air ambulance.]]

Parentage of the accompanying father

The Form I-131 did not include Arya's birth certificate. The reply supplied it with a certified translation, and it names Mr. Wijaya as his father. This point is resolved.

Decision

For the reasons set out under Length and nature of the treatment, Availability in the region, Cost of treatment and Travel, the request is denied. No appeal lies from this decision. A new Form I-131 may be filed with the required fee and new evidence. If parole is later authorized on a new filing, the statutory parole fee will be due before a parole document is issued unless an exception is shown.

M. Haddad-Kerr
Section Chief
Wijaya, A. P. -- Decision -- IOE2659013874 -- page 2 of 2
"""

C05 = AGENCY + """Notice of Intent to Deny

Notice date: July 7, 2027
IOE7304582916
Requestor: Siobhan Tobin
Beneficiary: Liam Tobin

Dear Ms. Tobin:

You filed Form I-131 on April 26, 2027, asking that your son Liam Tobin, a 33 year old resident of St. John's, Newfoundland and Labrador, Canada, be paroled into the United States to join a clinical trial for NUT carcinoma at a cancer institute in Boston, Massachusetts.

Parole is discretionary and is available only for urgent humanitarian reasons or significant public benefit; a requestor must prove, by a preponderance of the evidence, that the beneficiary qualifies and deserves a favorable exercise of discretion.

We have considered your Form I-131, your son's Canadian passport, a letter dated April 3, 2027 from Dr. Fiona Kielley, his oncologist in St. John's, a letter dated April 15, 2027 from a research nurse at the institute in Boston, and your Form I-134 with a letter from your bank.

This notice explains why we expect to deny the request.

[[us-treatment-arranged: The research nurse writes that Mr. Tobin "appears to meet the initial criteria" for the trial but that a place can be offered only after his scans and tissue samples are reviewed by the study team, which has not yet happened; no investigator has signed a letter, and the trial's schedule of visits and its length are not described.]] [[treatment-unavailable: Moreover, Dr. Kielley notes that cancer centers in Toronto and Montreal are testing drugs of the same class in their own trials, and you have not shown that Mr. Tobin was referred to either center or found ineligible there.]]

[[other-avenues: Canadian citizens do not need a visa to enter the United States as visitors, including to receive medical treatment, and nothing you filed says what would stop your son from simply being admitted as a visitor at a port of entry, or why parole is needed at all.]] [[financial-support: The trial sponsor pays for the study drug, but hospital care, scans, travel and lodging in Boston are not covered, and no letter from the province's health plan says that it would pay for care received outside Canada; your bank's letter states a balance of $14,300 and gives no other figures.]]

Each of these reasons would by itself support a denial.

You have 30 days from the date of this notice to respond. Send your response, with this notice, to the address below. We will decide the request on the record if no response arrives in that time.

USCIS Humanitarian Affairs Branch
5900 Capital Gateway Drive
Camp Springs, MD 20746

Sincerely,
T. Abernathy-Sloane
Immigration Officer
"""

C06 = AGENCY + """

September 2, 2027

Ms. Natalia Etchepare
2215 West Addison Street, Apt. 3
Chicago, IL 60618

RE: Form I-131, Receipt IOE4471906328 -- Decision
Beneficiary: Valentina Sosa Etchepare

Dear Ms. Etchepare:

On March 1, 2027 you filed Form I-131 asking USCIS to parole your niece, Valentina Sosa Etchepare, who is 7 months old and lives with her parents in Ushuaia, Tierra del Fuego, Argentina, so that she may be treated for harlequin ichthyosis at a children's hospital in Chicago, Illinois. For the reasons below, the request is denied.

USCIS may parole a person for urgent humanitarian reasons or significant public benefit, one case at a time, under 8 U.S.C. 1182(d)(5)(A). The requestor must show eligibility by a preponderance of the evidence, and USCIS then decides whether to use its discretion favorably.

On April 12, 2027 USCIS issued a request for evidence, which asked for the following:

"A. A letter from a physician explaining why Valentina's care cannot be provided in Argentina or a neighboring country, including the centers that were consulted."
"B. A letter from the hospital in Chicago accepting Valentina as a patient, describing the treatment and its expected duration."
"C. Certified English translations of every document in Spanish."
"D. Evidence that the adults traveling with Valentina are her parents or legal guardians."
"E. Evidence of how the costs of treatment, travel and the stay will be paid."

Your response arrived on July 2, 2027. The parents' birth and marriage records, with certified translations, answer request D. A letter from a charitable foundation in Chicago promising to pay hospital charges up to $150,000, together with a cost estimate of $118,000 from the hospital, answers request E.

[[treatment-unavailable: As to request A, the response contains a new letter from Valentina's pediatrician in Ushuaia saying that her skin care "would be better managed" in Chicago. The letter also states that she was cared for during her first weeks at a national children's hospital in Buenos Aires, and it does not say that this hospital, or any other in Argentina or Chile, is unable to continue her care.]]

[[us-treatment-arranged: The hospital in Chicago replied to request B with a short letter stating that its dermatology clinic "would be pleased to see Valentina." The letter names no physician, gives no plan of treatment and gives no idea of the length of her stay in the United States.]]

[[documentation: Request C was not met. The pediatrician's new letter and the discharge summaries from Buenos Aires are in Spanish, while the English texts filed with them are unsigned, with no translator's certificate that the English is complete and correct or that the translator is qualified.]]

Because requests A, B and C remain unanswered, the record does not establish an urgent humanitarian reason for parole, and the request is denied.

There is no appeal from this decision. You may submit a new Form I-131, with the fee, that addresses the points above.

Sincerely,

J. Villanueva-Prost
Immigration Services Officer
Humanitarian Affairs Branch
"""

C07 = """ADOLPHE, MAËLLE | IOE6638104275 | REQUEST FOR EVIDENCE
""" + AGENCY + """Humanitarian Affairs Branch

Request for Evidence

Date issued: August 23, 2027
Receipt: IOE6638104275
Requestor: Frantz Adolphe
Beneficiary: Maëlle Adolphe

Frantz Adolphe filed Form I-131 on June 7, 2027 so that his sister, Maëlle Adolphe, 36, of Kourou, French Guiana, France, may be paroled into the United States for surgery on her aorta at a heart and vascular center in Houston, Texas. She has vascular Ehlers Danlos syndrome and a chronic dissection of the descending aorta.

USCIS may grant parole only for urgent humanitarian reasons or significant public benefit, and only as an exercise of discretion, under section 212(d)(5)(A) of the Immigration and Nationality Act. It is the requestor who must show, by a preponderance of the evidence, that parole is warranted.

The record so far: Form I-131 and fee; Ms. Adolphe's French passport; a letter of May 14, 2027 from Dr. Hélène Bourgade, a cardiologist in Cayenne, in French; a scan report of April 2027, in French; a letter of May 28, 2027 from a surgeon in Houston; and Mr. Adolphe's Form I-134.

More evidence is needed on the five points below before the request can be decided.

[[treatment-unavailable: Dr. Bourgade's letter says that the surgery is not offered in French Guiana, but it does not address care in mainland France, where university hospitals in Paris, Lyon and Marseille have aortic surgery programs and where, as a French national resident in an overseas region, Ms. Adolphe is covered by the national health insurance. You could answer this point with letters from those programs or from her physicians explaining why she cannot be treated in France.]]

[[us-treatment-arranged: The Houston surgeon writes that Ms. Adolphe is "a candidate for repair" and proposes a date "in the fall," but the letter does not describe which operation is planned, whether the hospital has accepted her as a patient, or how long she must stay in the area afterward. You could answer this point with an acceptance letter setting out the procedure, the admission date and the expected recovery period.]]

[[travel-feasibility: Patients with her condition are at risk of tearing of the blood vessels, and the trip from Kourou to Houston involves at least one connection and about eleven hours of flying. Nothing in the file states that Ms. Adolphe may fly safely, what precautions are needed, or whether a physician or nurse would go with her. You could answer this point with a statement of fitness to travel from a treating physician and the travel plan, including any escort or medical
Form I-131 -- RFE -- p. 1/2
\fADOLPHE, MAËLLE | IOE6638104275 | REQUEST FOR EVIDENCE
support on the aircraft.]]

[[documentation: Dr. Bourgade's letter and the scan report are in French, and no English translation was filed. Each document not written in English must come with a complete English version, and whoever translated it has to certify in writing that the English truly renders the French and that this person is at home in both languages. You could answer this point with certified translations of both documents and of any new document not in English.]]

[[financial-support: Mr. Adolphe's Form I-134 lists earnings of $57,000 a year, and nothing has been filed showing what the surgery, the hospital care, the flights and the recovery period would cost. You could answer this point with the hospital's written figures for these costs, with evidence of the money, insurance or other source that will cover them.]]

Please ensure that your response is received on or before November 15, 2027. Send the response, with this notice on top, to USCIS, Humanitarian Affairs Branch, 5900 Capital Gateway Drive, Camp Springs, MD 20746. No further time will be allowed.

P. Lindqvist-Moreau
Immigration Services Officer
Form I-131 -- RFE -- p. 2/2
"""

N08 = AGENCY + """Humanitarian Affairs Branch
5900 Capital Gateway Drive, Camp Springs, MD 20746

NOTICE OF INTENT TO DENY

Date of notice: September 1, 2027
Receipt Number: IOE9017354862
Requestor: Nikos Marakakis
Beneficiary: Eleni Marakaki
Attorney of record: Paul Deveraux, Esq. (Form G-28 on file)

Nikos Marakakis filed Form I-131 on May 17, 2027 asking that his daughter Eleni, 5, of Chania on the island of Crete, Greece, be paroled into the United States to take part in a study of an investigational gene therapy for Dravet syndrome at a children's hospital in Philadelphia, Pennsylvania. Her mother would travel with her.

Parole may be authorized under 8 U.S.C. 1182(d)(5)(A) only case by case, for urgent humanitarian reasons or significant public benefit. The requestor has the burden of proving, by a preponderance of the evidence, both that such a reason exists and that discretion should be exercised in the beneficiary's favor. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).

The record contains the Form I-131 and fee, Eleni's passport and birth certificate with a certified translation, a letter of April 20, 2027 from Dr. Yannis Frangiadakis, her pediatric neurologist in Heraklion, a seizure diary for January to March 2027, an email of May 3, 2027 from a study coordinator in Philadelphia, and Mr. Marakakis's Form I-134 and bank statements.

For the reasons below, USCIS intends to deny the request.

1. [[treatment-unavailable: Dr. Frangiadakis writes that Eleni takes valproate, clobazam and stiripentol and that fenfluramine is planned next; all of these are prescribed in Greece. The therapy offered in Philadelphia is experimental, and nothing in the file establishes that the usual treatment options for Eleni in Greece or elsewhere in the European Union have been exhausted.]]

2. [[medical-urgency: The seizure diary records an average of three short seizures a week, and the neurologist reports no episode of status epilepticus since August 2025. No physician explains why Eleni must begin the study now rather than continue her present care, and the most recent medical letter predates the request by almost a month and says nothing of any change since.]]

3. [[other-avenues: Greek nationals may, with an approved ESTA, come for up to ninety days without a visa, as the Visa Waiver Program allows, and they may also seek a B-2 visa in order to receive care. The request does not say whether Eleni and her mother applied for either, and it gives no reason why the ordinary visitor process would not allow them to travel for scheduled study visits. Parole is not meant to replace that process where it is
IOE9017354862 -- Notice of Intent to Deny -- 1/2
\fIOE9017354862 -- Notice of Intent to Deny -- 2/2
available.]]

4. [[support-plan: The study coordinator's email says that treatment is followed by visits every few weeks for eighteen months. The record does not say where Eleni and her mother would live in Philadelphia during that time, how they would reach the hospital, how daily expenses would be met, or who would look after Eleni's younger brother, who is mentioned in the father's statement as remaining in Chania.]]

Response. You may respond within 30 days after service of this notice. Service is complete on the date shown in the certificate of service below; because this notice is served by mail, 3 days are added to the period. Any response must be received by the Humanitarian Affairs Branch at the address above within that time. If no response is received, USCIS will decide the request on the present record.

G. Papadimas-Wright
Immigration Services Officer

CERTIFICATE OF SERVICE

I certify that on September 3, 2027, I served a copy of this Notice of Intent to Deny, Receipt Number IOE9017354862, by first class mail, postage prepaid, on each of the following:

Nikos Marakakis, Odos Kriezi 14, 73132 Chania, Greece (requestor)
Paul Deveraux, Esq., 1600 Walnut Street, Suite 900, Philadelphia, PA 19103 (attorney of record)

A. Szymanski
Case Support Clerk, Humanitarian Affairs Branch
"""

N09 = """UNITED STATES DEPARTMENT OF HOMELAND SECURITY
U.S. CITIZENSHIP AND IMMIGRATION SERVICES
HUMANITARIAN AFFAIRS BRANCH

In the Matter of the Request for Parole of
HERNÁN CÁRCAMO OYARZÚN, Beneficiary
Requested by CAROLINA CÁRCAMO VIDAL
Receipt Number IOE1385027649

ORDER DENYING REQUEST FOR HUMANITARIAN PAROLE

Entered: October 18, 2027

WHEREAS, on June 14, 2027, Carolina Cárcamo Vidal filed Form I-131 asking that her father, Hernán Cárcamo Oyarzún, aged 61, of Castro on the island of Chiloé, Chile, be paroled into the United States to enter a clinical trial for anaplastic thyroid carcinoma at a cancer center in Houston, Texas;

WHEREAS, on July 26, 2027, USCIS requested further evidence, and the requestor's response was received on September 20, 2027;

WHEREAS, parole may be authorized only case by case for urgent humanitarian reasons or significant public benefit, under section 212(d)(5)(A) of the Immigration and Nationality Act, and the requestor must establish eligibility by a preponderance of the evidence;

WHEREAS, the record consists of the Form I-131 and fee, the beneficiary's passport, letters of May 30 and September 8, 2027 from Dr. Ximena Paredes, an oncologist in Puerto Montt, with certified translations, a letter of September 2, 2027 from the trial team in Houston, the requestor's Form I-134, and a Chilean criminal record certificate;

AND WHEREAS, having weighed that record as a whole, USCIS finds as follows:

WHEREAS, [[treatment-unavailable: Dr. Paredes reports that the beneficiary's tumor carries the BRAF mutation and that the combination of dabrafenib and trametinib, the standard treatment for such tumors, is registered in Chile, and the requestor has not shown that oncologists in Puerto Montt or Santiago were unable to give it to him;]]

WHEREAS, [[us-treatment-arranged: the letter from the trial team states that the beneficiary "would be screened" and that enrollment depends on the results of a new biopsy to be done in Houston, so that he has not been accepted into the trial, and no physician in Houston has offered to care for him outside the study;]]
\fOrder Denying Request for Humanitarian Parole -- IOE1385027649 -- continued

WHEREAS, [[financial-support: the requestor's Form I-134 shows annual income of $44,000, the trial team estimates that hospital and clinic charges outside the study would reach about $85,000, and no other source of payment for those charges, the journey or housing has been identified;]]

WHEREAS, [[security: the criminal record certificate records a 2019 conviction of the beneficiary for driving while intoxicated and causing injury, and the response gives no court records or account of the offense and its sentence from which its seriousness could be judged;]]

NOW, THEREFORE, upon consideration of the foregoing, IT IS ORDERED that the request for the parole of Hernán Cárcamo Oyarzún is DENIED.

IT IS FURTHER ORDERED that this order is final. It may not be appealed to the Administrative Appeals Office. A new Form I-131 may be filed, with the required fee and evidence addressing the findings above.

SO ORDERED.

S. Ekwueme-Blake
Director, Humanitarian Affairs Branch
"""

N10 = AGENCY + """Humanitarian Affairs Branch

REQUEST FOR EVIDENCE

Date of Notice: November 9, 2027
Receipt Number: IOE2790846153
Form: I-131
Requestor: Sofie Munch Riis
Beneficiary: Kasper Munch Riis

CONTENTS
Part I. About this request .......... 1
Part II. How USCIS decides .......... 1
Part III. Evidence needed .......... 1
   Care available in Denmark .......... 1
   The surgical plan in New York .......... 1
   Paying for treatment and the stay .......... 2
   Fitness for the journey .......... 2
Part IV. Your response .......... 2

Part I. About this request

On August 16, 2027 Sofie Munch Riis filed Form I-131 for her husband, Kasper Munch Riis, 55, who lives in Rønne on the Danish island of Bornholm. She asks that he be paroled to have a recurrent retroperitoneal liposarcoma removed at a cancer center in New York, New York. The record includes the Form I-131 and fee, his passport, a letter of July 30, 2027 from Dr. Mette Kjærgaard, an oncologist in Rønne, a scan report of July 2027, a letter of August 5, 2027 from a surgeon in New York, and Ms. Munch Riis's Form I-134.

Part II. How USCIS decides

Parole is granted case by case, in USCIS's discretion, for urgent humanitarian reasons or significant public benefit, under 8 U.S.C. 1182(d)(5)(A). The requestor carries the burden of proof and must show by a preponderance of the evidence that the beneficiary is eligible and merits discretion.

Part III. Evidence needed

Care available in Denmark

[[treatment-unavailable: Dr. Kjærgaard writes that the first operation, in 2025, took place at a university hospital in Copenhagen, and that the tumor has returned. The letter is silent on whether the sarcoma teams in Copenhagen or Aarhus have reviewed the recurrence or whether they declined to operate again. Please send their assessment, or an explanation from his physicians of why surgery cannot be performed in Denmark or another Nordic country.]]

The surgical plan in New York

[[us-treatment-arranged: The New York surgeon's letter states that an operation "may be offered" once the team has reviewed the original scans and pathology slides, which it has not yet received. Please send a letter from the surgeon, written after that review, confirming that Mr. Munch Riis has been accepted and stating the planned operation, the date of admission and the expected time in hospital and recovery.]]
\fRequest for Evidence -- IOE2790846153 -- page 2

Paying for treatment and the stay

[[financial-support: The surgeon's letter puts the operation and the hospital stay at $310,000. Ms. Munch Riis earns $68,000 a year according to her Form I-134, while no decision of the Danish regional health authority is on file approving payment for treatment abroad. Please send the hospital's estimate, any decision of the Danish authorities on coverage, and proof of the other funds that will meet the cost of treatment, travel and lodging.]]

Fitness for the journey

[[travel-feasibility: The scan report describes a large mass pressing on the bowel, and Dr. Kjærgaard notes that Mr. Munch Riis has lost 11 kilograms since May. The journey from Bornholm to New York takes more than twelve hours with two flights. Please send his physician's opinion on whether he can travel safely, and explain how the trip will be made, including any medical escort.]]

Part IV. Your response

The response period is sixty (60) days from the Date of Notice. Send everything in one package, with this notice on top, to USCIS, Humanitarian Affairs Branch, 5900 Capital Gateway Drive, Camp Springs, MD 20746. If you do not respond, USCIS will decide the request on the evidence it now has.

H. Castellanos-Ruud
Immigration Services Officer
"""

NOTICES = [
    ("c01-numbered-rfe-2p", "rfe", "2027-02-08", "IOE5071836420", 84,
     ["Request for Evidence -- IOE5071836420 -- sheet 1 of 2",
      "IOE5071836420 -- Sahlström, Ingrid -- continuation",
      "Request for Evidence -- IOE5071836420 -- sheet 2 of 2"], C01),
    ("c02-lettered-noid", "noid", "2027-04-14", "IOE3942715068", 33, [], C02),
    ("c03-bulleted-denial", "denial", "2027-05-20", "IOE8120463397", None, [], C03),
    ("c04-headed-denial-2p", "denial", "2027-06-29", "IOE2659013874", None,
     ["Wijaya, A. P. -- Decision -- IOE2659013874 -- page 1 of 2",
      "Decision, continued -- IOE2659013874",
      "Wijaya, A. P. -- Decision -- IOE2659013874 -- page 2 of 2"], C04),
    ("c05-runon-noid", "noid", "2027-07-07", "IOE7304582916", 30, [], C05),
    ("c06-quoting-rfe-denial", "denial", "2027-09-02", "IOE4471906328", None, [], C06),
    ("c07-headers-rfe-2p", "rfe", "2027-08-23", "IOE6638104275", 84,
     ["ADOLPHE, MAËLLE | IOE6638104275 | REQUEST FOR EVIDENCE",
      "Form I-131 -- RFE -- p. 1/2", "Form I-131 -- RFE -- p. 2/2"], C07),
    ("n08-service-noid-2p", "noid", "2027-09-01", "IOE9017354862", 35,
     ["IOE9017354862 -- Notice of Intent to Deny -- 1/2",
      "IOE9017354862 -- Notice of Intent to Deny -- 2/2"], N08),
    ("n09-whereas-order-denial-2p", "denial", "2027-10-18", "IOE1385027649", None,
     ["Order Denying Request for Humanitarian Parole -- IOE1385027649 -- continued"], N09),
    ("n10-contents-rfe-2p", "rfe", "2027-11-09", "IOE2790846153", 60,
     ["Request for Evidence -- IOE2790846153 -- page 2"], N10),
]
