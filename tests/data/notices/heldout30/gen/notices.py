# The ten notices of this set, written from scratch for notices30 (to be
# moved to heldout30). Each ground is marked in place as [[category: ...]];
# gen/write.py removes the marks, writes src/ and spec/, and checks the cuts.
# Tuple: (name, kind, date, receipt, days to respond or None, furniture, text)

C01 = """U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
REQUEST FOR EVIDENCE
Date of This Notice: January 18, 2027
Receipt Number: IOE7204418839
Form: I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Requestor: Pavel Horak
Beneficiary: Matyas Horak
On November 30, 2026, USCIS received a Form I-131 filed by Pavel Horak, who lives in Minneapolis, Minnesota, asking that his nephew Matyas Horak, a boy of five months who lives with his parents in Brno, Czech Republic, be paroled into the United States. The request states that Matyas has Menkes disease, a disorder of copper transport, and that he should receive daily copper injections under a research protocol at a research hospital in Bethesda, Maryland.
USCIS may parole a noncitizen into the United States under section 212(d)(5)(A) of the Immigration and Nationality Act, 8 U.S.C. 1182(d)(5)(A), only on a case-by-case basis for urgent humanitarian reasons or significant public benefit, and parole, once found available, is still a matter of discretion. The requestor bears the burden of showing eligibility by a preponderance of the evidence, which means that each necessary fact must be shown to be more probable than not. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
The file now holds the Form I-131; a Form I-134 signed by Pavel Horak; a letter of October 19, 2026 from the child neurologist in Brno who diagnosed Matyas; a genetic test report; an email from a study coordinator in Bethesda; and copies of the passports of Matyas and his mother, Klara Horakova. Before a decision can be made, USCIS needs more information on the points numbered below. After each point, the kind of evidence that would answer it is named.
1. [[medical-urgency: The neurologist writes that copper injections help most when begun in the first weeks of life and that Matyas began to have seizures at ten weeks. Her letter predates his fourth month, and nothing in the file describes his present neurological state, his serum copper level, or whether, in her view, he can still gain from the injections at his current age. Submit an opinion, dated later than this notice, from a physician who treats Matyas, covering these matters, with the laboratory results it relies on.]]
2. [[treatment-unavailable: According to the same letter, copper histidinate is not licensed in the Czech Republic. It is silent on whether the drug could be brought in for Matyas through a named patient or compassionate use route, or whether any hospital in Germany, Austria or elsewhere in Europe gives it to infants. Send a statement from the neurologist or the Czech health insurer on these questions, and any replies from European hospitals that were asked.]]
3. [[us-treatment-arranged: The coordinator's email says only that Matyas "appears to meet the criteria for screening" for the Bethesda protocol. It does not say that he has been enrolled, that a physician there will be responsible for his care, or when the injections would start and how long he would be kept under observation. Provide a letter signed by the principal investigator or the treating physician at the Bethesda hospital confirming enrollment, the planned start date and the length of the treatment.]]
4. [[financial-support: The protocol is said to pay for the drug and the study visits, but the family would also need to live near Bethesda for several months and Matyas may need care outside the study. Mr. Horak's Form I-134 lists a yearly salary of $58,400 and a savings balance of $6,200 and mentions no other source. Provide evidence of how lodging, meals, local transport and any medical care not paid by the study would be covered, such as a letter from the study sponsor describing what it pays, bank records, or signed pledges from other relatives or organizations stating the sum each would
Horak / IOE7204418839 / sheet 1 of 2
\fRequest for Evidence, continued: Matyas Horak
be prepared to give.]]
5. [[travel-feasibility: Matyas has seizures several times a week and is fed in part through a nasogastric tube. The request proposes a commercial flight from Prague to Washington by way of Frankfurt, but nothing in the file states that a physician has judged him fit to make that journey or explains who would manage a seizure or a blocked tube during it. Submit a physician's opinion that Matyas can safely make the journey, and explain what medical arrangements, including any escort, have been made for it.]]
How to respond: Send the requested documents together with this notice, placed on top of the response, to the address shown in the cover letter. Send everything at once; USCIS will make a decision on the record as it then stands. You have twelve weeks from the date printed at the top of this notice to respond. If nothing is received by then, the application may be denied as abandoned.
Renata Okafor-Lind
Supervisory Immigration Officer
Humanitarian Affairs Branch
Horak / IOE7204418839 / sheet 2 of 2
"""

C02 = """NOTICE OF INTENT TO DENY
U.S. Citizenship and Immigration Services
February 23, 2027
Receipt No.: IOE2583906174
Petitioner: Soren Lindqvist Mortensen
Beneficiary: Ida Mortensen
Re: Form I-131, request for humanitarian parole
Soren Lindqvist Mortensen of Aarhus, Denmark asks that his wife, Ida Mortensen, be paroled into the United States. Ida is thirty-one years old and twenty-four weeks pregnant. Scans show that the child she carries has a left congenital diaphragmatic hernia, and a fetal surgeon in Houston, Texas has offered to place a balloon in the child's windpipe before birth, a procedure meant to help the lungs grow, and to follow the pregnancy until delivery.
The Secretary of Homeland Security may, in the Secretary's discretion, allow a person outside the country to come in on parole for urgent humanitarian reasons or significant public benefit, 8 U.S.C. 1182(d)(5)(A). Whoever seeks parole must prove, by a preponderance of the evidence, that the reason offered is real and pressing and that discretion should be used in the person's favor. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
USCIS has examined the petition, Mr. Mortensen's statement, the ultrasound and MRI reports from Aarhus, the Houston surgeon's letter of December 14, 2026, and a Form I-134 signed by a cousin in Austin, Texas. Based on this record, USCIS is not satisfied that parole should be granted and intends to deny the petition. Its reasons are stated under the letters below.
(a) [[medical-urgency: The measurement of the child's lungs on which the Houston surgeon relies was taken at twenty weeks, and the surgeon's letter says that the decision whether to operate depends on a repeat measurement. No later scan is in the record, and no physician has stated that, on current findings, the child's hernia is severe enough that the procedure is recommended rather than merely possible.]]
(b) [[other-avenues: Danish citizens may ordinarily travel to the United States for a short stay without a visa, and a visitor visa for medical treatment is available to those who cannot. The petition does not say whether Ida sought an electronic travel authorization or a visa, or why either route would be too slow or closed to her. Parole is not a substitute for these ordinary procedures.]]
(c) [[treatment-unavailable: The surgeon's letter notes that the same balloon procedure is carried out at a fetal medicine center in Leuven, Belgium, a flight of under two hours from Copenhagen, and the Aarhus obstetric team wrote that it had referred patients there before. Nothing explains why Ida could not be treated in Leuven.]]
(d) [[temporary-stay: If the procedure is done, the child would be born in Houston and would probably spend weeks or months in a newborn intensive care unit. The petition asks for ninety days of parole for Ida alone. It does not address how long mother and child would in fact remain, what the child's own status would be, or how and when both would return to Denmark with care arranged there.]]
Mr. Mortensen may answer this notice with a written reply and any further evidence he wishes USCIS to weigh. USCIS must receive the reply no more than 33 days after the notice date shown above (30 days, with 3 more allowed for mail delivery). The reply should carry a copy of this notice as its first page. If no reply arrives, a decision will be made on the present record.
Sincerely,
Jorge Abernathy-Quist
Field Office Director
"""

C03 = """DENIAL NOTICE
Department of Homeland Security
U.S. Citizenship and Immigration Services
Decision Date: March 30, 2027
Receipt: IOE9031775246
Application: Form I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Applicant: Lieve Vandenberghe
Beneficiary: Arno Vandenberghe
Lieve Vandenberghe, a resident of Ghent, Belgium, applied for parole for her son Arno, aged twelve, so that he could undergo lymphatic imaging and an embolization procedure at a children's hospital in Philadelphia, Pennsylvania. Arno has Gorham-Stout disease, in which bone is progressively replaced by abnormal lymphatic vessels; in his case the disease affects the ribs and spine and has caused fluid to gather around his lungs. After careful review, the application is denied.
Parole under 8 U.S.C. 1182(d)(5)(A) is granted only case by case, for urgent humanitarian reasons or significant public benefit, and only where USCIS decides to exercise its discretion in the applicant's favor. The applicant must show eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
The record includes:
• the Form I-131 and the applicant's signed statement;
• a letter of January 11, 2027 from Arno's pediatric pulmonologist in Ghent;
• chest imaging reports and a summary of three hospital admissions in 2026;
• an email from a nurse coordinator at the Philadelphia hospital.
USCIS took all of these documents into account. They do not, however, carry the applicant's burden, for the following reasons:
• [[treatment-unavailable: The pulmonologist writes that no hospital in Belgium performs the imaging of the lymphatic channels that Arno needs. He does not say whether centers in the Netherlands, France or Germany were asked, and a Belgian patient can usually be referred to another European Union country with the cost approved in advance. Nothing shows that any such referral was sought or refused.]]
• [[financial-support: No Form I-134 was filed. The applicant's statement says that the family "will find the money" and mentions a collection begun by Arno's school, but gives no figure, and the Philadelphia hospital has not stated what the imaging, the procedure and the days on the ward would cost.]]
• [[support-plan: The statement says that Arno and his mother would "stay with friends" near Philadelphia. The friends are not named, have not written, and nothing shows where they live, whether they can house a child recovering from a procedure, or how the two would reach the hospital for follow-up visits.]]
• [[travel-feasibility: Arno's third admission, in November 2026, was for a chest drain, and the pulmonologist's letter mentions that he needs oxygen at night. There is no opinion from any physician that he can safely take a transatlantic flight with fluid around his lungs, and no mention of oxygen on board or of anyone with medical training accompanying him.]]
This decision cannot be appealed to the Administrative Appeals Office. A motion to reopen or reconsider is not available for this kind of request. The applicant may, however, file a new Form I-131 with the fee then in effect and with evidence that addresses the points above.
Harriet Nwosu-Brand
Section Chief
International Operations
"""

C04 = """DECISION
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
Date: April 26, 2027
Receipt Number: IOE4412098357
Petitioner: Florian Gruber
Beneficiary: Lena Gruber
I. BACKGROUND
Florian Gruber of Linz, Austria filed a Form I-131 on behalf of his daughter Lena, who was born on November 20, 2026. Lena has a kaposiform hemangioendothelioma, a rare vascular tumor, on her left shoulder and chest, which has caused a marked fall in her platelet count. Her father asks that she be paroled for treatment at a children's hospital in Cincinnati, Ohio. On February 8, 2027, USCIS issued a Request for Evidence. The response arrived on March 29, 2027.
II. APPLICABLE STANDARD
Section 212(d)(5)(A) of the Immigration and Nationality Act allows parole only on a case-by-case basis for urgent humanitarian reasons or significant public benefit. The petitioner must establish, by a preponderance of the evidence, both that such a reason exists and that a favorable exercise of discretion is warranted. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
III. DISCUSSION
Evidence of Diagnosis
The Request for Evidence asked for the pathology report and the imaging on which the diagnosis rests. The response supplied both, with a report from a pathologist in Vienna. The diagnosis is established, and it is not a basis for this decision.
Current Condition of the Child
[[medical-urgency: The response shows that since February Lena has been given sirolimus and a steroid in Linz and that her platelet count rose from 18,000 to 96,000. The Linz pediatrician's new letter says that the tumor "is responding" and does not state that any further treatment is needed that cannot wait, or what the Cincinnati hospital would do that the present regimen does not.]]
Care Available in Austria and Neighboring States
[[treatment-unavailable: Lena's treatment so far has been given in Austria, and the response names a vascular anomalies center in Munich, Germany to which her physicians have sent other children. The petitioner writes that the Cincinnati team has "more experience", but a difference in experience alone does not show that the care Lena needs cannot be had in Austria or close by.]]
Funding for the Proposed Care
[[financial-support: The response includes an estimate from the Cincinnati hospital of $146,000 for an admission of three weeks, and a letter from the petitioner's employer stating that it would lend him $20,000. The Form I-134 comes from a family friend in Dayton, Ohio, whose income of $63,000 a year would not cover the remainder, and nothing in writing from an insurer, a charity or a hospital assistance fund says that it
Decision on Form I-131 / IOE4412098357 / page 1 of 2
\fLena Gruber / page 2 of 2
would pay the balance of the estimate or the cost of the family's stay.]]
Consent of the Second Parent
[[other: Lena's parents are separated, and the response states that her mother, who lives in Graz, shares custody. Lena would travel with her father only. There is no written consent from the mother to the child's travel and treatment abroad, and no court order allowing the father to take her out of Austria without that consent.]]
IV. CONCLUSION
The four matters discussed under the last four headings have not been resolved, and the petitioner has not met his burden. The petition is therefore denied. No appeal lies to the Administrative Appeals Office from this decision. A new Form I-131 may be filed by the petitioner, with the required fee and with evidence that answers these matters.
Tobias Ferreira-Lund
Director, Humanitarian Affairs Branch
"""

C05 = """NOTICE OF INTENT TO DENY
Department of Homeland Security
U.S. Citizenship and Immigration Services
Date issued: June 15, 2027
Receipt Number: IOE6650213984
Requestor: Elif Aydin
Beneficiary: Zeynep Aydin
Elif Aydin of Izmir, Turkey has asked USCIS to parole her daughter Zeynep, aged eight, so that she can take part in an early phase clinical trial for diffuse intrinsic pontine glioma, a tumor of the brainstem, at a cancer center in San Francisco, California. Ms. Aydin would travel with her, together with Zeynep's grandmother.
Parole is available under section 212(d)(5)(A) of the Immigration and Nationality Act only on a case-by-case basis and only for urgent humanitarian reasons or significant public benefit; whether to grant it in a given case is for USCIS to decide in its discretion. The requestor must prove each fact on which the request depends by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). USCIS has read the request, the letters from Zeynep's pediatric oncologist in Izmir, the MRI reports, an email from the trial's research nurse, and the Form I-134 signed by Ms. Aydin's brother in Oakland, California. On this record, USCIS intends to deny the request, for reasons set out in the two paragraphs that follow.
[[us-treatment-arranged: The research nurse's email says that Zeynep "may be considered" once the trial team has reviewed her scans and that places on the trial are limited; it stops short of saying that she is accepted, that she meets the entry criteria after her radiation course, or when the first treatment would be given.]] [[treatment-unavailable: Moreover, the Izmir oncologist states that Zeynep completed radiation in Izmir in March and that hospitals in Istanbul and Ankara run trials for children with brainstem tumors, yet the request does not say whether she was considered for any trial in Turkey or in Europe, or why the San Francisco trial offers her something those do not.]]
[[support-plan: The request states that the three would rent "a short-term apartment" in San Francisco, but names no address, landlord or agreement, and gives no account of who would care for Zeynep when her mother is at the hospital with her or what transport would bring her to her many trial visits.]] [[financial-support: Apart from that, Ms. Aydin's brother reports on his Form I-134 a salary of $74,000 and savings of $11,500, while a single month of rent in San Francisco is likely to cost several thousand dollars, and the request does not show who would pay for the care the trial does not cover, such as emergency visits or scans outside the protocol.]]
Each of these four gaps stands on its own, and together they leave the request well short of the showing that parole requires.
You may submit a written response with any additional evidence. Your response is due on or before Thursday, July 15, 2027. Please place a copy of this notice on top of what you send. Without a timely response, USCIS will decide the request on the evidence it already has.
Maren Castellano-Brie
Immigration Services Officer
"""

C06 = """NOTICE OF DECISION
U.S. Citizenship and Immigration Services
Date: July 21, 2027
Receipt: IOE3179640582
Petitioner: Yusuf Al-Mahmood
Beneficiary: Hamad Al-Mahmood
Yusuf Al-Mahmood of Manama, Bahrain asked that his son Hamad, aged five, be paroled into the United States for a living donor liver transplant at a pediatric transplant center in Los Angeles, California. Hamad has progressive familial intrahepatic cholestasis type 2, a liver disease in which bile builds up in the liver. His father would be the donor. After review, the petition is denied.
Parole may be authorized under 8 U.S.C. 1182(d)(5)(A), in the discretion of USCIS, one case at a time, for urgent humanitarian reasons or significant public benefit. The petitioner bears the burden of proving eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
On May 3, 2027, USCIS sent Mr. Al-Mahmood a Request for Evidence, which asked, among other things:
"Submit a current letter from Hamad's treating physician describing his present liver function, the results it relies on, and why the transplant cannot wait."
"Submit certified English translations of every document filed in Arabic."
"Submit a letter from the Los Angeles hospital accepting Hamad and his father as transplant patients."
"Submit evidence of how the costs of the transplant, the donor's surgery, and the family's stay will be met."
The response, received June 24, 2027, included a letter from the Los Angeles transplant center, a letter from Hamad's hepatologist in Manama, laboratory reports, two translations, a Form I-134 from an uncle in Irvine, California, and a bank statement. USCIS considered each document.
The third request has been met: the transplant center has accepted both Hamad and his father for evaluation and surgery, and that matter plays no part in this decision. The other requests have not been met, for the reasons below.
[[medical-urgency: The hepatologist's letter is dated February 2, 2027, three months before the Request for Evidence was sent, and so is not the current letter that was asked for. The laboratory reports were drawn in January. Nothing shows how Hamad's liver and his severe itching have progressed since then, and no physician explains why the transplant must be done now rather than after further treatment in Bahrain.]]
[[documentation: Of the eleven Arabic documents in the record, only two were translated. The two translations are unsigned, do not name the translator, and carry no certificate of the translator's competence or of the translation's accuracy and completeness. The remaining Arabic documents, including the hospital discharge summaries, cannot be given weight.]]
[[financial-support: The transplant center puts the two operations and the hospital stays at $512,000. The uncle's declared income, on his Form I-134, is $88,000 a year, and the bank statement, in the petitioner's name, shows a balance of about $41,000. A letter from a Bahraini ministry office is mentioned in the response but was not enclosed, and the record identifies nothing else that would pay.]]
As these points remain unresolved, the petition is denied. No appeal is available to the Administrative Appeals Office. Mr. Al-Mahmood remains free to submit a new Form I-131 with the required fee and with evidence that resolves these points.
Deborah Lindqvist-Amadi
Supervisory Immigration Officer
"""

C07 = """IOE8826341570 :: Request for Evidence :: USCIS
U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
REQUEST FOR EVIDENCE
Notice Date: August 16, 2027
Receipt Number: IOE8826341570
Petitioner: Kari Solberg
Beneficiary: Sigrid Solberg
Kari Solberg of Tromso, Norway filed a Form I-131 so that her daughter Sigrid, aged nine months, could come to the United States for epilepsy surgery at a children's hospital in Cleveland, Ohio. Sigrid has hemimegalencephaly, an overgrowth of one side of the brain, and has many seizures each day despite three medicines. The surgery proposed would disconnect the affected half of the brain from the rest.
USCIS may parole a person into the United States, case by case, for urgent humanitarian reasons or significant public benefit under section 212(d)(5)(A) of the Immigration and Nationality Act, and decides in its discretion whether to do so. The petitioner has the burden of showing, by a preponderance of the evidence, that Sigrid qualifies. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). The petition came with a letter from Sigrid's neurologist in Tromso, EEG and MRI reports, a letter from a Cleveland neurosurgeon, a Form I-134 from an aunt in Columbus, Ohio, and copies of passports.
At this stage the record does not allow USCIS to decide. The four points below need to be answered; after each, examples of evidence that could answer it are given.
[[treatment-unavailable: The Tromso neurologist writes that Sigrid's surgery "would ordinarily be done in Oslo" but that the family prefers Cleveland because of its experience with infants. A preference, however understandable, is not proof that the surgery is unavailable in Norway. Examples of evidence that could answer this point are a statement from the epilepsy surgery team in Oslo that it cannot operate on Sigrid, or within what time, and the reasons.]]
[[medical-urgency: The MRI was done in April and the EEG in May, and the neurologist's letter does not say whether Sigrid's development has been lost or is at risk of being lost if surgery is delayed by some months. Examples of evidence that could answer this point are an updated opinion from a treating physician describing her present seizure frequency and development and the likely effect of waiting.]]
[[travel-feasibility: A child of nine months who has many seizures a day may need rescue medicine or oxygen during a long flight, and the route from Tromso to Cleveland involves at least two connections. Nothing in the file records a physician's clearance for Sigrid to fly, or shows that anyone trained to treat a prolonged seizure would be with her. Examples of evidence that could answer this point are a physician's statement on fitness to travel, the planned itinerary, and the name and
Page 1 of 2
\fIOE8826341570 :: Request for Evidence :: USCIS
qualifications of any medical escort.]]
[[temporary-stay: The Cleveland neurosurgeon's letter speaks of a recovery of several weeks followed by intensive rehabilitation, and the petition asks for one year of parole for Sigrid and her mother. It does not say when they expect to go back to Norway, which team there would take over her rehabilitation and seizure care, or how her records would be passed on. Examples of evidence that could answer this point are a letter from a physician or rehabilitation service in Norway agreeing to continue her care and a description of the planned return.]]
Please respond within 10 weeks of the notice date shown above. Send all of the evidence together in a single package, with this notice on top. If the evidence is incomplete or late, USCIS will decide the petition on the record as it stands.
Aurelio Benedetti-Ross
Immigration Services Officer
International Operations
Page 2 of 2
"""

N08 = """U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
NOTICE OF INTENT TO DENY
Date: September 8, 2027
Receipt Number: IOE5097742816
Requestor: Carmen Ibarra Soler
Beneficiary: Daniel Ibarra Soler
Language of the requestor on file: Spanish (a summary in Spanish is attached as page 2; the English text on this page governs)
Carmen Ibarra Soler, who lives in Valencia, Spain, asks that her son Daniel, aged twenty-two, be paroled into the United States for surgery to remove a desmoplastic small round cell tumor from his abdomen, followed by heated chemotherapy delivered into the abdomen, at a cancer center in New York, New York.
Under section 212(d)(5)(A) of the Immigration and Nationality Act, USCIS may parole a noncitizen in its discretion, one case at a time, for urgent humanitarian reasons or significant public benefit. The requestor has the burden of showing, by a preponderance of the evidence, that the beneficiary qualifies and that discretion should be exercised in his favor. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
USCIS has considered the request, the report of Daniel's oncologist in Valencia, scan reports, a letter from a surgeon in New York, a Form I-134 signed by a family friend in Newark, New Jersey, and a police certificate from Spain. USCIS intends to deny the request for the following numbered reasons.
1) [[treatment-unavailable: The Valencia oncologist's report mentions that Daniel was assessed in May 2027 by a peritoneal surgery unit in Madrid and that a decision was "pending". The report does not give that unit's decision, and nothing in the request explains why the surgery and heated chemotherapy offered by Spanish units of this kind would not meet his needs.]]
2) [[security: The Spanish police certificate records an arrest of Daniel in Valencia in 2024 on a charge connected with the sale of controlled substances. No court record shows how the charge was resolved, and the request is silent about the arrest.]]
3) [[financial-support: The New York surgeon estimates that the operation and two weeks as an inpatient would cost about $230,000. The family friend's Form I-134 lists income of $69,000 and no savings, and the request gives no other source of payment.]]
4) [[other-avenues: As a Spanish citizen, Daniel could ordinarily seek travel authorization without a visa or apply for a visitor visa for medical treatment. The request states that his travel authorization "was not approved" but does not say when or why, and does not show that a visa application was made.]]
You have thirty days, counting from the date of this notice, to submit a response, with any evidence you wish USCIS to consider. Please include a copy of this notice. If no response arrives, USCIS will decide the request on the present record.
Ingrid Valcourt-Mensah
Immigration Services Officer
IOE5097742816 -- NOID -- 1/2
\fRESUMEN EN ESPAÑOL (solo informativo)
Este resumen se entrega para su comodidad. Si hay diferencias, prevalece el texto en inglés de la página 1.
USCIS tiene la intención de negar la solicitud de permiso humanitario presentada a favor de Daniel Ibarra Soler. Los motivos, en resumen, son: 1) no se explica por qué la cirugía no puede hacerse en España; 2) consta un arresto en 2024 cuyo resultado no se ha acreditado; 3) no se demuestra cómo se pagarán los costos; 4) no se explica por qué no se utilizó una autorización de viaje o un visado.
Tiene treinta días a partir de la fecha del aviso para responder.
IOE5097742816 -- NOID -- 2/2
"""

N09 = """USCIS Online Account -- Message Center
Message type: Request for Evidence
Sent: October 12, 2027, 9:14 a.m. Eastern Time
Receipt number: IOE1368025497
Form: I-131
Account holder (requestor): Renata Carvalho Lima
Beneficiary: Beatriz Carvalho Lima
Subject: Evidence needed for your Form I-131
This message is your official Request for Evidence. A copy is also available under Documents in your account.
You asked USCIS to parole your daughter Beatriz, aged two, who lives with you in Recife, Brazil, so that she can have reconstructive surgery for a persistent cloaca, a birth defect in which the urinary, genital and intestinal tracts share one opening, at a children's hospital in Aurora, Colorado.
USCIS may grant parole under section 212(d)(5)(A) of the Immigration and Nationality Act, case by case, for urgent humanitarian reasons or significant public benefit, and it does so as a matter of discretion. You must show by a preponderance of the evidence that Beatriz qualifies. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
We reviewed the documents you uploaded on August 30, 2027: the surgeon's report from Recife, the records of Beatriz's two earlier operations, an email from the Colorado hospital's international office, a Form I-134 from your sister in Denver, Colorado, and Portuguese birth and identity documents. We need more evidence on the points below. Under each point, the system shows the upload category to use.
[[us-treatment-arranged: The email from the Colorado hospital says that the surgical team "is willing to review" Beatriz's records. It is not an agreement to operate; no surgeon signed it, and it names neither a surgery date nor the expected number of days on the ward. Please upload the operating surgeon's signed letter that confirms Beatriz's acceptance and describes the planned operations and how long they would take.]]
Upload under: Medical evidence > U.S. provider
[[financial-support: Your sister's Form I-134 lists earnings of $52,000 a year and no savings. The hospital has not yet quoted a price, and you have not told us the source of payment for the operation, the inpatient days and the later visits. Please upload the hospital's written estimate of charges, together with evidence of the money or the signed promises that would pay them.]]
Upload under: Financial evidence
[[support-plan: Beatriz would need to stay near Aurora for several weeks after surgery and return for checks. You say that you would stay with your sister in Denver, but there is no statement from her agreeing to house you both, and nothing explains how you would travel to the hospital or who would help you care for Beatriz during her recovery. Please upload signed statements from the people who would provide housing, transport and care.]]
Upload under: Support and housing
[[documentation: The birth certificate and the Recife surgeon's report are in Portuguese, and the English versions you uploaded are not certified. Every record not written in English must be accompanied by a complete English version, and the translator must sign a certificate vouching for the English version's accuracy and for the translator's own command of Portuguese and English. Please upload certified translations of these documents.]]
Upload under: Translations
How to respond: Respond in your account by 11:59 p.m. Eastern Time on November 23, 2027. Use the Respond to Request for Evidence button, upload each document under the category shown, and submit once. You cannot add documents after you submit. If we do not receive your response by then, we may deny your request.
Issued by: Vera Kowalczyk-Adeyemi, Immigration Services Officer
This message was generated by the USCIS online account system. Replies to this message are not monitored.
"""

N10 = """U.S. Citizenship and Immigration Services
DECISION
Date of decision: November 29, 2027
Receipt Number: IOE0742519863
Petitioner: Haruki Nakamura
Beneficiary: Sota Nakamura
Haruki Nakamura of Sendai, Japan asks that his son Sota, aged three, be paroled into the United States for a heart transplant at a children's hospital in Palo Alto, California. Sota has restrictive cardiomyopathy, a disease in which the heart muscle grows stiff, and has been in hospital in Sendai since August with fluid in his lungs. USCIS has decided to deny the petition.
Parole is granted under section 212(d)(5)(A) of the Immigration and Nationality Act only case by case, for urgent humanitarian reasons or significant public benefit. An officer first asks whether such a reason has been shown and then whether discretion should be exercised in the beneficiary's favor, weighing every factor for and against. The petitioner must establish eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
The record consists of the petition, Mr. Nakamura's declaration, letters from Sota's cardiologists in Sendai and Tokyo, echocardiogram and catheter reports, a letter from the Palo Alto transplant program, and a Form I-134 signed by a colleague of Mr. Nakamura in San Jose, California. The officer has set out below the factors that favor a grant and those that weigh against it.
Factors favoring a grant:
+ Sota's diagnosis and the seriousness of his condition are well documented by two cardiologists and by recent test results.
+ The Palo Alto program has evaluated his records and has written that it will list him for a transplant once he arrives.
+ Sota is a young child, and nothing in the record suggests any risk to public safety.
Factors weighing against a grant:
- [[treatment-unavailable: The Tokyo cardiologist writes that children of Sota's age do receive heart transplants in Japan, although the wait is long. The petition does not show that Sota has been placed on the Japanese waiting list, how long he would be expected to wait there, or that a mechanical pump to support his heart while waiting has been considered and ruled out.]]
- [[financial-support: The Palo Alto program asks for a deposit of $1.4 million before listing. The petition relies on a public fundraising campaign that, according to Mr. Nakamura's declaration, has raised about a third of that sum, and on pledges that have not been received. According to the colleague's Form I-134, he earns $131,000 a year, which could not meet the balance.]]
- [[discretion: In 2025, Mr. Nakamura answered on his own online application for travel authorization that he had never been refused entry to any country. The record shows that he was refused entry to Australia in 2019. The petition does not address this statement, and it bears on the weight that can be given to his declaration in this case.]]
- [[temporary-stay: After a transplant, Sota would need close monitoring for many months and lifelong care. The petition asks for two years of parole, gives no date of return, and does not identify a transplant cardiologist in Japan who has agreed to take over his care when he goes home.]]
Weighing these factors, the officer finds that the factors against a grant outweigh those in its favor and that the petitioner has not met his burden. The petition is denied. This decision may not be appealed to the Administrative Appeals Office. Mr. Nakamura is free to submit another Form I-131, with the required fee and with new evidence addressing the factors listed against a grant.
Celestine Oyelaran-Price
Chief, Humanitarian Affairs Branch
"""

NOTICES = [
    ("c01-numbered-rfe-2p", "rfe", "2027-01-18", "IOE7204418839", 84,
     ["Horak / IOE7204418839 / sheet 1 of 2", "Request for Evidence, continued: Matyas Horak",
      "Horak / IOE7204418839 / sheet 2 of 2"], C01),
    ("c02-lettered-noid", "noid", "2027-02-23", "IOE2583906174", 33, [], C02),
    ("c03-bulleted-denial", "denial", "2027-03-30", "IOE9031775246", None, [], C03),
    ("c04-headed-denial-2p", "denial", "2027-04-26", "IOE4412098357", None,
     ["Decision on Form I-131 / IOE4412098357 / page 1 of 2", "Lena Gruber / page 2 of 2"], C04),
    ("c05-runon-noid", "noid", "2027-06-15", "IOE6650213984", 30, [], C05),
    ("c06-quoting-rfe-denial", "denial", "2027-07-21", "IOE3179640582", None, [], C06),
    ("c07-headers-rfe-2p", "rfe", "2027-08-16", "IOE8826341570", 70,
     ["IOE8826341570 :: Request for Evidence :: USCIS", "Page 1 of 2", "Page 2 of 2"], C07),
    ("n08-spanish-summary-noid-2p", "noid", "2027-09-08", "IOE5097742816", 30,
     ["IOE5097742816 -- NOID -- 1/2", "IOE5097742816 -- NOID -- 2/2"], N08),
    ("n09-account-message-rfe", "rfe", "2027-10-12", "IOE1368025497", 42, [], N09),
    ("n10-factors-denial", "denial", "2027-11-29", "IOE0742519863", None, [], N10),
]
