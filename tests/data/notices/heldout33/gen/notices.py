# The thirty-third held-out set's notice texts, written from scratch.
# Each entry: (name, kind, notice date, receipt, days to respond or None,
# furniture lines, text). A ground is marked in place as [[category: ...]].
# One paragraph a line, except where a ground crosses a page break; "\f" is
# a page break.

C01 = """U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
International Adjudications, Humanitarian Parole Unit
REQUEST FOR EVIDENCE
Issue Date: February 8, 2027
Receipt #: IOE4719305826
Filed by: Ruth Kermode
Application: Form I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
For: Oliver Kermode (date of birth: March 30, 2023)
This office has your Form I-131, received on December 14, 2026, asking that your son Oliver, a resident of Douglas on the Isle of Man, be paroled into the United States so that a children's hospital in Pittsburgh, Pennsylvania, can assess him for an intestinal transplant. You state that Oliver was born with microvillus inclusion disease, that he has been fed by vein since infancy, and that this feeding has begun to harm his liver.
The Secretary of Homeland Security may, in her discretion, parole a person into the United States temporarily, case by case, only for urgent humanitarian reasons or significant public benefit, under section 212(d)(5)(A) of the Immigration and Nationality Act. You must show that Oliver qualifies, and the showing is measured by the preponderance of the evidence: the record, taken as a whole, has to make each claim more likely than not. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). Every exhibit is read for its own worth and then alongside all the others. A request that meets this test may still be refused as a matter of discretion.
Filed with the application were: your personal statement; a one-page letter from Oliver's pediatric gastroenterologist in Douglas, dated November 2, 2026; an email from the Pittsburgh hospital's transplant intake office, dated November 19, 2026; a hospital estimate for an outpatient evaluation; a Form I-134 signed by Oliver's uncle; copies of passports for you and Oliver; and Oliver's birth certificate.
The record leaves open the matters listed below. For each one, this notice says what the record lacks and names evidence you may send.
1. [[treatment-unavailable: Patients from the Isle of Man who need specialized care are routinely sent to hospitals in England under the island's arrangements with the National Health Service, and England has centers that assess and transplant children with intestinal failure. The gastroenterologist's letter does not mention any referral to such a center, and nothing shows that Oliver was assessed in England and turned down or placed on a waiting list he cannot wait out. Submit a letter from his treating physician explaining whether a referral to a center in the United Kingdom was made and what came of it, and why the care he needs cannot be obtained there.]]
2. [[medical-urgency: The only medical letter was written almost three months before you filed, and it describes the injury to his liver as "early." It gives no laboratory values, no imaging results, and no view on how quickly the damage is progressing or what would happen if the evaluation were put off for a year. Provide recent records of his liver function and a current letter from one of his treating physicians describing his present condition, the expected course, and the risk of delay.]]
3. [[us-treatment-arranged: The email from the Pittsburgh intake office confirms that Oliver's records were received and that a five-day evaluation visit "can be scheduled once travel is approved." It does not say that any surgeon has agreed to take him as a transplant patient, and it does not describe what will happen if the evaluation shows that he is not a candidate or that a transplant should wait. Include a statement by the transplant program describing the plan of care after the evaluation, who will provide it, and for how long.]]
4. [[financial-support: The hospital's estimate of 48,500 dollars covers only the evaluation visit, while the letter from the intake office says that a transplant, if offered, would require a hospital stay of six to ten weeks and close follow-up for many months after that. The Form I-134 signed by Oliver's uncle in Wilmington, Delaware, reports a yearly salary of 71,000 dollars and savings of 9,200 dollars, and it does not state
RFE -- Kermode -- IOE4719305826 -- 1/2
\fOliver Kermode, page 2 of RFE
how much of the cost he could bear or who would pay the remainder. Submit the hospital's written estimate for all of the treatment you are asking parole for, with evidence of funds or written commitments from an insurer, charity or public body sufficient to meet it.]]
5. [[temporary-stay: You ask for parole for twelve months, but the intake office writes that children who receive an intestinal transplant are usually kept near the transplant center for at least six months afterward and are followed by the center for years. The record does not say how Oliver's care would be handed back to physicians at home, when he would leave the United States, or what would happen if his recovery took longer than the parole period. Provide a plan, from the treating physicians, for his follow-up care after the stay and his return to the Isle of Man.]]
Responding to this request: Send the evidence requested together with a copy of this notice, placing the notice on top. Everything must be sent in one package; material sent separately may not be matched with the file. Your response must be received within 84 days of the Issue Date. If no response arrives by then, the application will be decided on the record as it stands, and it may be denied.
Respectfully,
Irene Castellano
Section Chief, Humanitarian Parole Unit
RFE -- Kermode -- IOE4719305826 -- 2/2
"""

C02 = """NOTICE OF INTENT TO DENY
U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
March 15, 2027
Receipt Number: IOE6093418752
Requestor: Daniel Le Brocq
Beneficiary: Isla Le Brocq
Subject: Form I-131, request for humanitarian parole
Mr. Le Brocq filed Form I-131 asking that his daughter Isla, age 4, who lives in St Helier, Jersey, be paroled into the United States for treatment of a pleuropulmonary blastoma at a children's cancer hospital in Memphis, Tennessee.
Parole under section 212(d)(5)(A) of the Immigration and Nationality Act is granted, if at all, for urgent humanitarian reasons or significant public benefit, and only case by case. The requestor bears the burden of proof and must satisfy it by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). Even a requestor who shows eligibility must also persuade USCIS that parole should be granted as a matter of discretion.
The record holds a statement by Mr. Le Brocq, a letter of January 11, 2027 from Isla's pediatrician in Jersey, a discharge summary from a hospital in Southampton, England, a letter from the Memphis hospital's second opinion service, a Form I-134, and copies of passports. After review of this evidence, USCIS intends to deny the request. The grounds are stated in paragraphs A) to D).
A) [[treatment-unavailable: The discharge summary shows that Isla's tumor was removed in Southampton in December 2026 and that she began chemotherapy there under the care of a pediatric oncology team, to which children from Jersey are regularly referred. The pediatrician's letter describes the Memphis hospital as having "more experience" with this rare tumor, but neither letter says that the chemotherapy and monitoring she now needs are unavailable in England or elsewhere in the United Kingdom.]]
B) [[us-treatment-arranged: The letter from the Memphis hospital comes from a service that reviews scans and pathology sent by families abroad. It states that the reviewing physician "agrees with the diagnosis" and "would be glad to discuss the case" with the team in Southampton. It does not state that the hospital has accepted Isla as a patient, what treatment it would give, or when.]]
C) [[support-plan: Mr. Le Brocq writes that he and Isla's mother "will find somewhere to stay near the hospital" and that relatives will "help out." No relative is named, no lodging has been identified, and nothing explains how the family would get Isla to daily appointments or support themselves during months of treatment while neither parent is working.]]
D) [[other-avenues: Isla and both of her parents hold British passports. As British citizens, they may normally come to the United States visa-free through the Visa Waiver Program once an ESTA approval is obtained, or may seek a B-2 visitor visa to obtain treatment. The request gives no sign that either route was attempted, or why parole, an extraordinary measure, is needed in their place.]]
You may submit a written response, with any further evidence, addressing the grounds above. Your response is due no later than 30 days from the date printed at the top of this notice. If USCIS receives no response by then, a decision will be made on the present record.
Sincerely,
Howard Nakashima
Supervisory Adjudications Officer
"""

C03 = """DECISION ON REQUEST FOR PAROLE
U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Date of decision: April 26, 2027
Receipt Number: IOE2850671934
Requestor: Teva Tetuanui
Beneficiary: Hinano Tetuanui
Mr. Tetuanui asked, on Form I-131, that his sister Hinano, a 33-year-old resident of Papeete, French Polynesia, be paroled into the United States for six months so that she can join a clinical study of a new drug for paroxysmal nocturnal hemoglobinuria at a research hospital in Maryland. USCIS has weighed the full record and denies the request.
Humanitarian parole is a matter of discretion. Section 212(d)(5)(A) of the Immigration and Nationality Act, 8 U.S.C. 1182(d)(5)(A), permits it only for urgent humanitarian reasons or significant public benefit, temporarily, and one case at a time. The requestor must show eligibility by a preponderance of the evidence, that is, that each claim is more likely true than not. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
Submitted were a statement by Mr. Tetuanui; a letter dated February 3, 2027 from Ms. Tetuanui's hematologist in Papeete; her transfusion record for 2026; a letter from the study coordinator at the Maryland hospital; a Form I-134 signed by a friend of the family in Honolulu, Hawaii, with his tax return; and identity documents. The request fails on the following points:
• [[treatment-unavailable: The hematologist's letter states that Ms. Tetuanui was flown to Paris in 2025 for assessment and that a complement inhibitor, the standard treatment for her disease, "is approved in France and reimbursed." It does not explain why she has not started that treatment, or why it could not be provided through the same arrangement that sent her to Paris.]]
• [[medical-urgency: The transfusion record shows that her hemoglobin has been held at a steady level with transfusions every five to six weeks, and the letter reports no clot or other complication since 2025. Nothing in the file suggests a decline in her condition or that waiting for care in France would expose her to serious harm.]]
• [[financial-support: The study coordinator writes that the sponsor supplies the study drug and study visits free of charge but that "travel, lodging and routine care are the participant's responsibility." The family friend whose name is on the Form I-134 reports earning 41,000 dollars annually with three dependents at home, and nothing shows how the cost of six months in Maryland would be met.]]
• [[temporary-stay: The coordinator's letter states that the study runs for 26 weeks and that participants who respond are offered an extension of two years with monthly visits. The request asks for six months of parole without saying whether Ms. Tetuanui would take up the extension, how her treatment would continue once she returned home, or who would take it over.]]
No appeal lies from this decision to the Administrative Appeals Office, and a motion to reopen or reconsider may not be filed. A new Form I-131, with the required fee and with evidence that answers the points above, may be filed at any time.
Ana Beltrán-Ochoa
Field Office Director (Acting)
"""

C04 = """U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
DENIAL OF PAROLE REQUEST
Date: June 7, 2027
Receipt: IOE8362045197
Requestor: Joseph Wamytan
Beneficiary: Léa Wamytan
CASE HISTORY
On January 25, 2027, Joseph Wamytan filed Form I-131 on behalf of his daughter Léa, age 11, who lives in Nouméa, New Caledonia. Léa has an adrenocortical carcinoma that was partly removed in 2026. Mr. Wamytan seeks parole so that she can have further surgery and chemotherapy at a children's cancer hospital in Memphis, Tennessee. On March 22, 2027, USCIS requested more evidence, and the reply arrived on May 10, 2027.
APPLICABLE LAW
USCIS may parole a person into the United States only on a case-by-case basis for urgent humanitarian reasons or significant public benefit. Section 212(d)(5)(A) of the Immigration and Nationality Act. The requestor has to establish each element by a preponderance of the evidence, Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010), and must also show that a favorable exercise of discretion is warranted.
DISCUSSION OF THE EVIDENCE
Translations
The request for evidence noted that the operative report and the pathology report were in French without English translations. The reply includes full translations, each with a certificate from the translator. This matter has been resolved.
Care in France
[[treatment-unavailable: New Caledonia's health service sends patients whose care it cannot provide to hospitals in mainland France and in Australia. The oncologist in Nouméa states that Léa's first operation was performed in Paris and that "a second procedure could be offered there." The reply does not explain why it would not be, and a letter from the family stating that they "trust the American team more" does not show that the care is unavailable to her.]]
Timing of surgery
[[medical-urgency: The latest scan in the record dates from October 2026. The oncologist's updated letter says the remaining disease is "stable for now" and that surgery should be "planned within the coming year." Nothing in the record indicates that the operation must take place within a time frame that France could not meet.]]
Cost of care
[[financial-support: The Memphis hospital's estimate for surgery and six cycles of chemotherapy is 390,000 dollars, and the hospital asks for full payment or a guarantee before admission. The reply contains a statement from the family's bank showing about 2.1 million CFP francs and a letter from a church group promising "help with expenses." Neither covers the estimate, and the reply does not
Denial -- L. Wamytan -- page 1 of 2
\fIOE8362045197 -- 2
show that New Caledonia's health service or an insurer has agreed to pay for treatment abroad.]]
Arrangements for the stay
[[support-plan: The reply names an aunt in Oakland, California, as the family's host, but Oakland is more than two thousand miles from Memphis. No housing near the hospital has been arranged, and the reply is silent on who would care for Léa's two younger brothers in Nouméa or how the parents would support themselves during a stay of at least six months.]]
DECISION
The request is denied for the reasons stated under "Care in France," "Timing of surgery," "Cost of care" and "Arrangements for the stay." This decision cannot be appealed to the Administrative Appeals Office. If circumstances change, Mr. Wamytan remains free to file a new Form I-131 with the fee and new evidence.
Marguerite Osei
Director, Humanitarian Parole Unit
Denial -- L. Wamytan -- page 2 of 2
"""

C05 = """NOTICE OF INTENT TO DENY
U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Date: May 24, 2027
Receipt Number: IOE3716640285
Petitioner: Sandrine Payet
Beneficiary: Mathieu Payet
Ms. Payet petitions for the humanitarian parole of her husband, Mathieu Payet, age 38, of Saint-Denis, Réunion, who has primary sclerosing cholangitis with repeated infections of the bile ducts and who, she states, needs a liver transplant at a transplant center in Rochester, Minnesota.
Section 212(d)(5)(A) of the Immigration and Nationality Act allows parole only temporarily, case by case, and for urgent humanitarian reasons or significant public benefit. The petitioner must prove eligibility by a preponderance of the evidence, Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010), and USCIS then decides whether to exercise its discretion. USCIS has reviewed the petition, the letters of Mr. Payet's hepatologist in Saint-Denis, the message from the Rochester center, the Form I-134 and the documents of identity. USCIS has weighed this record and intends to deny the petition; its reasons are set out in the two paragraphs below.
[[medical-urgency: The hepatologist writes that Mr. Payet has been admitted three times in the past year for infection and that his disease "will eventually require transplantation," but the letter gives no score of liver function, no recent test results and no estimate of how long he can safely wait, so it is not shown that he needs a transplant at present rather than later.]] [[treatment-unavailable: Further, Réunion is a French department, its residents are covered by the French health insurance system, and liver transplants for this disease are performed at several centers in mainland France; the petition says nothing about whether Mr. Payet was referred to one of them or placed on a French waiting list.]]
[[financial-support: The Rochester center's message quotes 620,000 dollars for an evaluation and transplant and asks for a deposit before any visit, while the cousin in Quebec who signed the Form I-134 declares savings of 35,000 Canadian dollars and no income that could cover the remainder.]] [[other-avenues: Mr. Payet is a French citizen, and French citizens may seek an ESTA approval to come under the Visa Waiver Program, or a B-2 visitor visa to obtain treatment; the petition does not state that he applied for either or explain why neither would serve.]]
Any one of these grounds would support a denial.
USCIS must receive your response on or before June 23, 2027. Include a copy of this notice with your response. If no response is received by that date, USCIS will decide the petition on the evidence now in the file.
Raymond Ekwueme
Adjudications Officer
"""

C06 = """NOTICE OF DECISION
U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Date: July 12, 2027
Receipt: IOE5528190473
Requestor: Marcia Gardiner
Beneficiary: Tamia Gardiner
Ms. Gardiner asked USCIS to parole her daughter Tamia, age 6, of Providenciales in the Turks and Caicos Islands, so that a children's hospital in Miami, Florida, can treat her atypical hemolytic uremic syndrome. The request is denied.
Section 212(d)(5)(A) of the Immigration and Nationality Act permits parole only for urgent humanitarian reasons or significant public benefit, only for a limited time, and with each case judged on its own facts. The requestor must establish eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
USCIS sent Ms. Gardiner a Request for Evidence dated May 3, 2027, which asked, among other things:
"1. Provide a statement from Tamia's treating physician explaining whether the treatment she needs can be given in the Turks and Caicos Islands, under the territory's program for treatment abroad, or in a nearby country."
"2. Provide a complete copy of Tamia's birth certificate and passport."
"3. Provide evidence of how the cost of treatment in Miami, of the family's travel and of their stay will be paid."
"4. Provide a plan for Tamia's care at home, including who will supply and give her medication once she has left the country."
Ms. Gardiner replied on June 14, 2027 with a new letter from Tamia's pediatrician, a certified copy of the birth certificate, copies of both passports, a letter from a charity in Providenciales, and her own declaration. The birth certificate and passport answer the second request. The remaining requests are discussed in turn.
[[treatment-unavailable: Regarding the first request, the pediatrician now writes that the territory's treatment abroad program "usually refers children to Jamaica or the Bahamas" and that Tamia's kidney function was stabilized at a hospital in Nassau in March 2027. Nowhere does she state that the program refused to fund further care, nor that the drug Tamia takes could not be continued through it. It has still not been shown that the care she needs is out of reach in the region.]]
[[financial-support: Turning to the third request, the charity writes that it has raised 18,000 dollars "toward the family's expenses." The Miami hospital's estimate, filed with the original request, is 260,000 dollars for the first three months of treatment, and no other payer appears anywhere in the record. The cost of the stay remains unaccounted for.]]
[[temporary-stay: The fourth request is also unmet. Ms. Gardiner declares that Tamia "will need the medicine for the rest of her life" and that "we will work out the rest once she is well." That statement confirms that the treatment is open-ended, and nothing in the reply shows how the medicine would be obtained and given to her after a return to the Turks and Caicos Islands, or that she would return at all.]]
With requests one, three and four left unanswered, the record does not establish that Tamia qualifies for parole, and USCIS would not grant parole as a matter of discretion on this record. There is no appeal from this decision. Ms. Gardiner may submit a new Form I-131 with the fee and new evidence.
Pauline Ferreira-Ward
Acting Section Chief
"""

C07 = """RFE | IOE9183027566 | Biggs, G.
U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Request for Evidence
Date: August 16, 2027
Receipt Number: IOE9183027566
Requestor: Catherine Biggs
Beneficiary: Graham Biggs
Ms. Biggs has filed Form I-131 asking that her father, Graham Biggs, age 62, of Stanley in the Falkland Islands, be paroled into the United States for surgery to remove a peritoneal mesothelioma followed by heated chemotherapy within the abdomen, at a cancer center in Baltimore, Maryland.
Parole is available under section 212(d)(5)(A) of the Immigration and Nationality Act only temporarily, case by case, and only for urgent humanitarian reasons or significant public benefit. The burden of showing eligibility rests with the requestor, and the standard is the preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
The file contains Ms. Biggs's statement, a letter from the government medical officer in Stanley, reports from a hospital in Santiago, Chile, a note from the Baltimore center's international office, a Form I-134, and copies of passports. Four issues must be resolved before the request can be decided. Each paragraph below ends with items that would address it.
[[treatment-unavailable: Residents of the Falkland Islands who need care not available in Stanley are sent, at public expense, to hospitals in the United Kingdom or in Chile. Centers in the United Kingdom perform this operation, and the medical officer's letter does not say that Mr. Biggs was referred to one or that any center there or in Chile has declined to treat him. Items that would address this: a letter from the medical officer or the Santiago physicians stating which centers were considered, and the outcome of any referral.]]
[[us-treatment-arranged: The note from the Baltimore center's international office says that a surgeon "has reviewed the imaging and would see Mr. Biggs in clinic." A clinic visit is not an agreement to operate, and the note gives no plan of treatment, no admission date and no expected length of stay. Items that would address this: a letter from the operating surgeon accepting Mr. Biggs for surgery, with the planned treatment and its expected duration.]]
[[financial-support: The international office estimates the cost of surgery and hospital care at 210,000 dollars. Ms. Biggs, a nurse in Annapolis, Maryland, signed the Form I-134; her tax return shows an income of 88,000 dollars, and nothing indicates that the Falkland Islands Government, which funds treatment abroad for its residents, has been asked to pay or has refused. Items that would address this: proof of funds or of a written commitment from a public body, insurer or charity sufficient
p. 1/2
\fRFE | IOE9183027566 | Biggs, G.
to meet the estimate.]]
[[documentation: The reports from Santiago, which include the biopsy result on which the diagnosis rests, are in Spanish, and no English translation was filed. Items that would address this: a complete English translation of each report, with the translator's certificate of competence and of the translation's accuracy.]]
Send your response so that it is received no later than 45 days after the date of this request. A response that arrives after that date will not be considered, and the request will be decided on the evidence already in the file.
Esther Lindqvist
Adjudications Officer, Humanitarian Parole
p. 2/2
"""

N08 = """U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
NOTICE OF INTENT TO DENY
Notice Date: August 30, 2027
Receipt Number: IOE7064381952
Requestor: Annika Sundblom
Beneficiary: Elias Sundblom
This notice concerns the request that Elias Sundblom, age 12, of Mariehamn in the Åland Islands, Finland, be paroled into the United States for a stem cell transplant at a transplant program in Seattle, Washington, to treat bone marrow failure caused by dyskeratosis congenita.
CASE CHRONOLOGY
March 2, 2027 -- Form I-131 received, with a letter from the treating hematologist in Turku, a Form I-134 and copies of passports.
April 19, 2027 -- Request for Evidence issued, asking for the Seattle program's acceptance and for evidence of funds.
June 28, 2027 -- Response received: a letter from the Seattle program, a bank statement and a letter from an employer.
August 9, 2027 -- The hematologist in Turku informed USCIS, at the requestor's request, of Elias's latest blood counts.
August 30, 2027 -- This notice issued.
STANDARD
Parole under section 212(d)(5)(A) of the Immigration and Nationality Act is limited to urgent humanitarian reasons or significant public benefit and is decided case by case. The requestor must show, by a preponderance of the evidence, that Elias is eligible. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). The decision to grant parole to an eligible person remains discretionary.
WHY USCIS PROPOSES TO DENY
[[treatment-unavailable: The hematologist in Turku writes that Elias would need a transplant "within months" and that the university hospital in Helsinki performs stem cell transplants for children. The letter adds that the Seattle program has "particular experience" with his disorder, yet it nowhere states that the Helsinki team, or a team in Stockholm, has declined to treat him or that its approach would put him at greater risk.]]
[[us-treatment-arranged: The Seattle program's letter accepts Elias "for transplant evaluation, pending identification of a suitable donor." It reports that his brother is not a match and that a search of the registries has not yet been completed. Until a donor is found, there is no showing that the program is ready to transplant him or when it would do so.]]
[[financial-support: The program puts the cost of the transplant, together with the first hundred days after it, at 750,000 dollars. The bank statement shows savings of about 60,000 euros, and the employer's letter confirms Ms. Sundblom's salary but promises no payment. There is no sign that Finland's social insurance institution or any insurer has agreed to pay for treatment abroad, or how the
IOE7064381952 -- NOID -- page 1 of 2
\fSundblom, Elias -- NOID, page 2
balance would be paid.]]
[[other-avenues: Elias and his mother are Finnish citizens, who could apply for ESTA approval and travel without a visa, or seek B-2 visitor visas to obtain care. The file holds no application for either and no explanation of why parole alone could bring Elias here in time.]]
RESPONDING TO THIS NOTICE
The requestor has thirty-three calendar days from the Notice Date to submit a response, a period that includes three days for mailing. A response should address each point above and include a copy of this notice. Without a timely response, USCIS will decide the request on the present record.
Lorenzo Abernathy-Quist
Adjudications Officer
IOE7064381952 -- NOID -- page 2 of 2
"""

N09 = """U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
REQUEST FOR EVIDENCE
Date: September 20, 2027
Receipt Number: IOE1609275384
Requestor: Yolanda Peterson
Beneficiary: Yolanda Peterson
Attachment: Attachment A (General Guidance on Evidence), 1 page
Ms. Peterson, age 51, of Philipsburg, Sint Maarten, asks to be paroled into the United States for an autologous stem cell transplant at a university hospital in Chicago, Illinois, to treat POEMS syndrome, a rare blood disorder that she states has caused nerve damage in both legs.
Section 212(d)(5)(A) of the Immigration and Nationality Act allows parole for urgent humanitarian reasons or significant public benefit, for a limited period, after a review of the individual case. Ms. Peterson must establish her eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
The file contains her statement, a letter from her neurologist in Philipsburg, laboratory results from a hospital in Curaçao, a message from the Chicago hospital's referral office, a Form I-134 signed by her brother, and a copy of her passport. The evidence is not yet sufficient, for the reasons in the four paragraphs below. Attachment A describes in general terms the kinds of evidence that USCIS considers in requests of this type; it is sent with every request for evidence of this kind and is not a list of further requirements in your case.
[[medical-urgency: The neurologist's letter, written in March 2027, states that Ms. Peterson's weakness is "progressing" and that she now walks with a cane. It does not give the results of any recent nerve studies or blood tests, nor does it describe the likely effect on her of postponing the transplant. Please send a current letter from one of her physicians and recent records showing how she is now. (See Attachment A, section 1.)]]
[[us-treatment-arranged: The referral office's message says that Ms. Peterson's records "have been forwarded to the hematology service for review." No physician at the Chicago hospital has stated that she is a candidate for transplant or has described a plan of treatment. Please send a letter from the Chicago physician who would treat her, confirming her acceptance and describing the plan and how long it would last. (See Attachment A, section 2.)]]
[[financial-support: The file holds no figure for what the transplant would cost. The Form I-134 signed by Ms. Peterson's brother, a resident of Orlando, Florida, states an income of 52,000 dollars a year and does not say how much he could contribute. Please send the hospital's figure for the cost and proof of the savings or promises of payment that would meet it. (See Attachment A, section 3.)]]
[[documentation: The laboratory results from Curaçao are in Dutch and were filed without an English translation, and several pages of the neurologist's letter are too faint to read. Please submit legible copies and full English translations, each certified by the translator. (See Attachment A, section 4.)]]
Your response must be received no later than November 22, 2027. Please place a copy of this notice on top of the response. If USCIS does not receive a response by that date, the request will be decided on the present record.
Samuel Okonkwo-Reyes
Adjudications Officer
\fATTACHMENT A -- GENERAL GUIDANCE ON EVIDENCE
This attachment is included with every request for evidence concerning humanitarian parole for medical treatment. It does not state any finding about your request.
Section 1. Medical evidence. Letters from treating physicians are most useful when they are recent, signed, on letterhead, and state the diagnosis, the treatment recommended, and the expected result of delay. Records such as test results and imaging support such letters.
Section 2. Acceptance by a U.S. provider. The treating doctor or hospital in this country should write to confirm that the patient has been taken on, what treatment is planned, and over what period.
Section 3. Costs. Estimates should come from the treating facility. Evidence of payment may include bank records, a Form I-134, or written commitments from insurers, charities or public bodies.
Section 4. Documents in other languages. Documents written in other languages need a full English rendering and a signed certificate from the translator vouching for its completeness, its accuracy and the translator's competence.
Section 5. Other matters. Depending on the case, USCIS may also consider travel arrangements, housing during the stay, plans for return, and any other relevant facts.
"""

N10 = """CASE RECORD EXTRACT -- PRINTED FOR MAILING
AGENCY: U.S. Department of Homeland Security, U.S. Citizenship and Immigration Services
OFFICE: Humanitarian Parole Unit
FORM TYPE: I-131 (request for parole)
RECEIPT NUMBER: IOE2475019836
CASE ACTION: DENIED
ACTION DATE: 11/15/2027
REQUESTOR: Losa Hekau
BENEFICIARY: Sione Hekau (age 9 months)
RESIDENCE OF BENEFICIARY: Alofi, Niue
PURPOSE STATED: liver transplant at a children's hospital in Denver, Colorado, for ornithine transcarbamylase deficiency
SUMMARY OF ACTION: The request for parole is denied. USCIS has considered all of the evidence in the record.
STANDARD APPLIED: Section 212(d)(5)(A) of the Immigration and Nationality Act limits parole to urgent humanitarian reasons or significant public benefit, to a temporary stay, and to individual review of each request. The requestor must show eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
RECORD REVIEWED: Form I-131; statement of the requestor; letter from a pediatrician in Alofi dated July 6, 2027; letter from the Denver hospital dated August 2, 2027; Form I-134 signed by the beneficiary's grandfather; passports.
NUMBER OF REASONS: 3
REASON 1 OF 3 (CODE HP-AV): [[treatment-unavailable: The pediatrician in Alofi writes that Sione has been cared for by a metabolic team in Auckland, New Zealand, since his first crisis, and that the children's hospital in Auckland performs liver transplants for young children. Nothing indicates that the Auckland team has declined to list him for transplant or that it has advised care in the United States.]]
REASON 2 OF 3 (CODE HP-FN): [[financial-support: The Denver hospital puts the transplant and three months of care afterward at 540,000 dollars. The grandfather's Form I-134 reports savings of 22,000 New Zealand dollars and a pension, and the record contains no commitment from the Niue health department, from New Zealand's health system or from a charity to pay the remainder.]]
REASON 3 OF 3 (CODE HP-TR): [[travel-feasibility: The pediatrician states that Sione's ammonia level can rise quickly if he is unwell or goes without feeding for a few hours, and that he has been admitted twice with such crises. The journey from Niue to Denver takes more than a day, with connections in Auckland and Los Angeles, and no physician has stated that he can make it safely, what medical escort would travel with him, or how an emergency on the way would be handled.]]
FURTHER ACTION: No appeal is available. A new Form I-131 may be filed, with the fee and with new evidence addressing the reasons above.
DECIDING OFFICIAL: Adjudications Officer C. Mbeki-Larsen
PRINTED: 11/15/2027 14:02
END OF EXTRACT
"""

NOTICES = [
    ("c01-numbered-rfe-2p", "rfe", "2027-02-08", "IOE4719305826", 84,
     ["RFE -- Kermode -- IOE4719305826 -- 1/2", "Oliver Kermode, page 2 of RFE", "RFE -- Kermode -- IOE4719305826 -- 2/2"], C01),
    ("c02-lettered-noid", "noid", "2027-03-15", "IOE6093418752", 30, [], C02),
    ("c03-bulleted-denial", "denial", "2027-04-26", "IOE2850671934", None, [], C03),
    ("c04-headed-denial-2p", "denial", "2027-06-07", "IOE8362045197", None,
     ["Denial -- L. Wamytan -- page 1 of 2", "IOE8362045197 -- 2", "Denial -- L. Wamytan -- page 2 of 2"], C04),
    ("c05-runon-noid", "noid", "2027-05-24", "IOE3716640285", 30, [], C05),
    ("c06-quoting-rfe-denial", "denial", "2027-07-12", "IOE5528190473", None, [], C06),
    ("c07-headers-rfe-2p", "rfe", "2027-08-16", "IOE9183027566", 45,
     ["RFE | IOE9183027566 | Biggs, G.", "p. 1/2", "p. 2/2"], C07),
    ("n08-chronology-noid-2p", "noid", "2027-08-30", "IOE7064381952", 33,
     ["IOE7064381952 -- NOID -- page 1 of 2", "Sundblom, Elias -- NOID, page 2", "IOE7064381952 -- NOID -- page 2 of 2"], N08),
    ("n09-attachment-rfe-2p", "rfe", "2027-09-20", "IOE1609275384", 63, [], N09),
    ("n10-case-extract-denial", "denial", "2027-11-15", "IOE2475019836", None, [], N10),
]
