# Notices of the twenty-eighth held-out set, written from scratch.
# Each entry: (name, kind, date, receipt, days to respond or None, furniture, text).
# Each ground is marked in place as [[category: ...]]; gen/write.py removes the marks.
# One paragraph a line; "\f" is a page break.

C01 = """U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch, International Adjudications
REQUEST FOR EVIDENCE
Date of Issue: January 19, 2027
Receipt: IOE3308174526
Application: Form I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Requestor: Janis Berzins
Beneficiary: Anete Kalnina
This office received your application on November 30, 2026. You ask that your niece, Anete Kalnina, a Latvian citizen born in 2024, be paroled into the United States so that she can receive gene therapy for metachromatic leukodystrophy at a pediatric program in Durham, North Carolina.
Parole under section 212(d)(5)(A) of the Immigration and Nationality Act is decided one case at a time. It may be granted only for urgent humanitarian reasons or significant public benefit, and only where the beneficiary also deserves a favorable exercise of discretion. The requestor must establish each point by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
With the application you filed a letter from a child neurologist in Riga, a brain MRI report, a declaration of financial support that you signed, and copies of Anete's birth certificate and passport. These documents leave several questions open. Before a decision can be made, this office needs the additional evidence set out in the five numbered items below.
1. [[medical-urgency: The neurologist's letter, written in August 2026, names the diagnosis but does not say whether Anete's symptoms have begun. Gene therapy for this disease is known to help most when it is given before symptoms appear or very early in their course, and the letter gives no account of her present walking and speech, no recent nerve conduction results, and no view from the Durham program on whether she is still within the period in which treatment can be of use. Submit an up to date report on these points, signed by a doctor now caring for Anete, with the test results on which it relies.]]
2. [[treatment-unavailable: The application claims that gene therapy "cannot be obtained anywhere in the Baltic states." It is silent on whether Anete could be treated by stem cell transplant or by gene therapy at a center elsewhere in the European Union, to which Latvian patients may be sent under the rules on care across borders. Provide evidence of any referral made through the Latvian national health service, the answer received and, if no European center will take her, the reason it gave.]]
3. [[us-treatment-arranged: The only document from the Durham program, signed by a nurse coordinator, says that Anete's records "have been received for review." It does not state that a physician there has accepted her, when her stem cells would be collected, how long treatment and monitoring would take, or what they would cost. Submit a letter from the responsible physician in Durham confirming acceptance and describing the course of treatment and its expected length.]]
4. [[financial-support: Your Form I-134 reports that you earn $58,400 a year and hold $12,000 in savings. The program's own published estimate for this therapy is above $2 million, and the record identifies no insurer, hospital charity fund or government program that would bear it. Provide a written cost estimate from the program, together with evidence of who will
RFE IOE3308174526 -- p. 1 of 2
\f
Anete Kalnina -- Request for Evidence, continued
pay it, such as a signed funding commitment. Show as well how airfare, lodging near the hospital and everyday living expenses would be covered for Anete and for the parent who would travel with her.]]
5. [[documentation: The regulations at 8 C.F.R. 103.2(b)(3) require that any document in a language other than English arrive with a full translation into English, which its translator certifies as accurate and complete and as the work of someone competent in both languages. Here the MRI report and the birth certificate are in Latvian and came with no translation at all, and the English version of the neurologist's letter bears no certification by anyone. Submit certified translations of each of these documents.]]
Responding to this request
Send the requested evidence in one package, with a copy of this notice placed on top, to the address shown on the enclosed mailing label. Your response must reach this office within 12 weeks of the date of this notice. That period cannot be extended. If nothing arrives in time, the application will be decided on the evidence now in the file.
R. Tamsin Holloway
Supervisory Immigration Services Officer
RFE IOE3308174526 -- p. 2 of 2
"""

C02 = """NOTICE OF INTENT TO DENY
U.S. Citizenship and Immigration Services
March 9, 2027
Receipt Number: IOE6142097385
Requestor: Prakash Iyer
Beneficiary: Vihaan Raghunathan
Form: I-131 (request for parole)
Mr. Iyer filed this request on December 2, 2026, on behalf of his nephew Vihaan Raghunathan, an eight year old citizen of India living in Coimbatore, Tamil Nadu. The request states that Vihaan has the childhood cerebral form of adrenoleukodystrophy and asks that he be paroled to receive a stem cell transplant at a children's hospital in Minneapolis, Minnesota.
The Secretary of Homeland Security may parole a noncitizen into the United States temporarily, in her discretion and on a case by case basis, for urgent humanitarian reasons or significant public benefit. INA 212(d)(5)(A). Mr. Iyer, as the requestor, bears the burden of establishing that Vihaan qualifies for parole and that he warrants it as a matter of discretion, and he must do so by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
USCIS has examined the request and every document filed with it. On that record, USCIS intends to deny the request, for the reasons stated in paragraphs (a) through (d).
(a) [[treatment-unavailable: Hospitals in Chennai, Vellore, Mumbai and New Delhi perform transplants from unrelated donors for children with inherited metabolic disorders. The record contains no letter from any of them declining to treat Vihaan, and nothing explains why a transplant in India would be less likely to succeed than one in Minneapolis.]]
(b) [[medical-urgency: The only brain MRI in the record, dated October 2026, reports a Loes score of 4 with early contrast enhancement. No later imaging or neurological examination was filed, and no physician explains how fast the disease is advancing in Vihaan's case or why the transplant must be done in the next few months instead of being scheduled through ordinary channels.]]
(c) [[other-avenues: The request does not say why Vihaan and his father have not sought visitor visas for medical care through the U.S. Consulate General in Chennai, where published wait times for an interview appointment were under three weeks in early 2027, or why parole is sought in place of a visa.]]
(d) [[security: Vihaan's father, who would travel with him, disclosed on his own Form I-131 that he was arrested in 2019. He gave no charge and no outcome, and the record holds neither a court disposition nor a police clearance certificate from the Indian authorities.]]
You may rebut the proposed denial with written argument and new evidence. A response is due within 30 days of the date this notice was issued, plus 3 days for mailing. Anything that arrives after that will not be considered, and if no response arrives, USCIS will deny the request without further notice.
Sincerely,
Dolores Achterberg
Immigration Services Officer
"""

C03 = """DECISION ON APPLICATION FOR PAROLE
U.S. Citizenship and Immigration Services
Date: May 25, 2027
Receipt Number: IOE4490315862
Requestor: Esteban Quesada Vargas
Beneficiary: Valeria Quesada Mora
This decision concerns the Form I-131 that Esteban Quesada Vargas filed on February 16, 2027, for his cousin's daughter Valeria Quesada Mora, a nine year old citizen of Costa Rica. He asks that she be paroled so that surgeons in Los Angeles, California can perform a functional hemispherectomy to stop the seizures caused by Rasmussen encephalitis. After careful review, USCIS denies the application.
Parole is available for urgent humanitarian reasons or significant public benefit, and only in the exercise of discretion. The person filing carries the burden of proof and must show, by a preponderance of the evidence, that the beneficiary qualifies. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
The record includes:
\u2022 Form I-131 and Form I-134, each signed by Mr. Quesada Vargas;
\u2022 a letter dated February 2, 2027 from a pediatric neurologist at the national children's hospital in San Jose;
\u2022 electroencephalogram and MRI reports from 2026;
\u2022 an email from a neurosurgery scheduling office in Los Angeles.
Each of these documents was considered in reaching this decision.
USCIS is denying the application because:
\u2022 [[us-treatment-arranged: The email from the scheduling office in Los Angeles offers Valeria a "consultation visit" and adds that surgery "may be considered after evaluation." That is not a commitment by any neurosurgeon to operate, and it says nothing of a date, the length of her stay or the cost.]]
\u2022 [[temporary-stay: The neurologist in San Jose writes that after surgery Valeria would need seizure medication, rehabilitation and regular checks for several years. The application does not say who in Costa Rica would take over that care, or when the family would go home once the Los Angeles surgeons released her.]]
\u2022 [[support-plan: Mr. Quesada Vargas lives alone in a one bedroom apartment in Riverside, and the application does not say where Valeria, her mother and her younger brother would stay during the six to eight weeks of recovery the neurologist expects, how they would get to and from the hospital, or who would care for the brother while Valeria is an inpatient.]]
\u2022 [[other: Valeria's mother is named as the adult who would travel with her, but the mother has filed no Form I-131 of her own, and Valeria's father, who would remain in Costa Rica, has not given written consent to her travel.]]
This decision cannot be appealed to the Administrative Appeals Office, and a motion to reopen or reconsider is not available for this type of request. If circumstances change, a new Form I-131 may be filed with the required fee and supporting evidence.
Martina Gjerde
Immigration Services Officer, International Operations
"""

C04 = """DECISION
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
Decision Date: June 30, 2027
Receipt Number: IOE7025583914
Requestor: Ivan Babic
Beneficiary: Tomislav Babic
BACKGROUND
On February 3, 2027, Ivan Babic, a United States citizen living in Pittsburgh, Pennsylvania, filed Form I-131 asking that his brother Tomislav Babic, a 41 year old citizen of Croatia, be paroled into the United States for evaluation and treatment of dilated cardiomyopathy at a transplant center in Pittsburgh. USCIS asked for more evidence on March 22, 2027, and received a response on May 28, 2027. The request is now denied.
THE STANDARD
Under INA 212(d)(5)(A), the Secretary may parole a person temporarily, case by case, for urgent humanitarian reasons or significant public benefit, and only where parole is merited as a matter of discretion. The requestor must show eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
DISCUSSION
Acceptance by a United States Hospital
The earlier request for evidence asked whether any United States hospital had agreed to treat Mr. Babic. The response includes a letter from a transplant cardiologist in Pittsburgh confirming that he has been accepted for evaluation for a ventricular assist device or a transplant. That question is now settled and is not a reason for this decision.
Whether a Transplant Is Needed Now
[[medical-urgency: The most recent echocardiogram, taken in January 2027, shows an ejection fraction of 25 percent, and the cardiologist in Zagreb describes Mr. Babic as stable on medication with only moderate limits on his activity. Nothing in the record says that his condition has worsened since then, that he has been admitted to hospital, or that his doctors consider a pump or a new heart to be needed within months rather than at some later time.]]
Care in Croatia and the European Union
[[treatment-unavailable: Croatia has a national heart transplant program in Zagreb, and Croatian patients are listed for donor organs through Eurotransplant together with patients of several other European countries. There is no evidence that Mr. Babic was evaluated for listing in Zagreb or turned down there, and the response offers no reason for seeking the same treatment in the United States.]]
Funding
[[financial-support: The Pittsburgh hospital puts the cost of evaluation, surgery and the first year of follow-up care at $1.4 million and requires a deposit before admission. Ivan Babic's Form I-134 reports income of $96,000 a year and a house valued at $310,000, and the only other source named is an online fundraising page that had collected about $22,000 when the response was filed. No document shows that the hospital would accept payment over time, that any insurer would
Page 1 of 2 -- Decision, Form I-131
\f
IOE7025583914 -- Tomislav Babic -- 2
cover part of the cost, or that the Croatian health insurance fund would reimburse treatment received abroad.]]
Prior Immigration History
[[discretion: Mr. Babic was admitted as a B-2 visitor in 2015 and stayed fourteen months past the date his admission allowed. Neither the request nor the response mentions this, and no explanation has been given. An overstay with no explanation is a negative factor in the discretionary judgment USCIS must make, the more so because the request itself foresees a stay of a year or longer.]]
CONCLUSION
For the reasons given under the last four headings, the requestor has not shown that parole is warranted, and the request is denied. The Administrative Appeals Office does not hear appeals from this decision. A new request on Form I-131, with the fee and new evidence, may be filed at any time.
Wendell Strand
Section Chief
"""

C05 = """NOTICE OF INTENT TO DENY
U.S. Citizenship and Immigration Services
International Operations Division
Notice Date: September 14, 2027
Receipt No.: IOE9372816450
Requestor: Siriporn Hallworth
Beneficiary: Krit Wongsakul
You filed Form I-131 on June 8, 2027, asking that your nephew Krit Wongsakul, an infant born in Khon Kaen, Thailand in April 2027, be paroled into the United States so that he can be treated for severe combined immunodeficiency at a children's hospital in San Francisco.
USCIS may parole a person into the United States only for urgent humanitarian reasons or significant public benefit, and then only as a matter of discretion. You must show by a preponderance of the evidence that Krit meets that standard. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). The record consists of your application, your Form I-134, two letters from Krit's immunologist in Khon Kaen, laboratory reports, and a letter from the San Francisco hospital. Having reviewed it, USCIS is not satisfied that parole is warranted, for the reasons explained in the next two paragraphs.
[[treatment-unavailable: Bangkok has at least two university hospitals whose pediatric transplant units have treated infants with this immune disorder, and the letters from Krit's immunologist do not say that either hospital was asked to accept him or that a suitable donor could not be found through the Thai donor registry.]] [[us-treatment-arranged: Moreover, the San Francisco hospital's letter speaks of gene therapy under a research protocol but does not say that Krit has been enrolled in the study, that he meets its entry criteria, or when his treatment would start.]]
[[travel-feasibility: An infant with no working immune system must be shielded from infection on any journey, yet the request mentions only a commercial flight with a change of planes in Tokyo, names no medical escort, and includes no statement from a physician that Krit could safely travel that way.]] [[financial-support: Separately, the aunt who signed the Form I-134 earns about $44,000 a year as a dental assistant, and the request shows no other resource for a course of treatment that the hospital's own letter puts at more than $900,000, beyond the family's hope that the study sponsor will pay part of it, which no document from the sponsor confirms.]]
You may answer this notice with argument and evidence. Your response must reach us no later than October 12, 2027. If it does not, USCIS will decide the application on the present record.
Ambrose Feliciano
Immigration Services Officer
"""

C06 = """NOTICE OF DECISION
U.S. Citizenship and Immigration Services
Date: November 2, 2027
Receipt Number: IOE5819263047
Requestor: Rodrigo Fuentes Araya
Beneficiary: Josefa Fuentes Soto
Rodrigo Fuentes Araya filed Form I-131 on May 4, 2027, asking that his daughter Josefa Fuentes Soto, a three year old citizen of Chile, be paroled for treatment of a lymphatic malformation of the neck and airway at a vascular anomalies center in Boston, Massachusetts. The application is denied.
A person may be paroled only for urgent humanitarian reasons or significant public benefit, and parole is a matter of discretion. The requestor must establish eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
On July 20, 2027, we issued a Request for Evidence that asked, in part, for the following:
"A letter from Josefa's physician in Boston confirming that she has been accepted and setting out the planned treatment."
"An updated letter from Josefa's physician in Chile describing how she is now and what a delay in treatment would mean for her."
"Evidence that the recommended treatment cannot be obtained in Chile."
"A description of how Josefa would travel to Boston and who would accompany her."
Your response arrived on October 8, 2027. It included a letter from a physician at the Boston center, an updated letter from Josefa's pulmonologist in Santiago, a reply from the Santiago hospital to your inquiry, and a flight itinerary. We have weighed each of these documents.
The first request has been answered: the Boston physician confirms that Josefa has been accepted and describes the planned treatment, and that point plays no part in this decision. The other requests have not been met, as explained below.
[[medical-urgency: The pulmonologist's updated letter reports that Josefa's breathing has been steady since her tracheostomy in March 2027 and that she is growing normally. It recommends sirolimus and further sclerotherapy but does not say that either must begin within any particular time, or what harm waiting would cause her.]]
[[documentation: The reply from the Santiago hospital, which the response offers to show that the treatment cannot be had in Chile, is in Spanish. The English text filed with it is unsigned and carries no statement from a translator that it is complete and accurate or that the translator is competent, so USCIS cannot rely on it.]]
[[travel-feasibility: The itinerary shows two commercial flights with a connection in Lima, but no physician states that a child with a tracheostomy can make the journey, and nothing in the record says who would clear her airway or handle a breathing emergency during the flights.]]
For these reasons the application is denied. USCIS decisions on parole requests cannot be appealed. You may file a new Form I-131, with the fee and new evidence, if you believe you can address the points above.
Lorna Pietrangeli
Immigration Services Officer
"""

C07 = """USCIS -- Request for Evidence -- IOE2957730168
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
REQUEST FOR EVIDENCE
Issued: April 27, 2027
Receipt Number: IOE2957730168
Requestor: Eszter Lind
Beneficiary: Reka Szabo
Eszter Lind asks, on Form I-131 filed January 11, 2027, that her sister Reka Szabo, a 34 year old citizen of Hungary, be paroled to be evaluated for a combined heart and lung transplant at a hospital in Cleveland, Ohio. Ms. Szabo has Eisenmenger syndrome, a consequence of a septal defect in her heart that was never repaired.
Parole may be granted for urgent humanitarian reasons or significant public benefit, and only as a matter of discretion. The requestor must prove eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). The filing consists of the application, a Form I-134, a letter from Ms. Szabo's cardiologist in Budapest, and a letter from the Cleveland hospital.
USCIS needs more information before it can decide the application. Each point below describes what is lacking and then lists the kind of evidence that could supply it.
[[medical-urgency: The Budapest cardiologist calls Ms. Szabo's condition "advanced," but the latest measurements in the record, a right heart catheterization and a six minute walk test, were taken in 2025. Without recent findings, USCIS cannot tell whether her condition has changed or how soon an evaluation for transplant is needed. Useful evidence could include:
\u2013 a new report from her cardiologist giving her present oxygen saturation, functional class and medications;
\u2013 the results of any catheterization or walk test performed since January 2027.]]
[[treatment-unavailable: A university clinic in Budapest performs heart and lung transplants, and Hungarian patients needing a lung transplant have for many years been treated in Vienna under an agreement between the two countries. The record contains no statement from either center on whether Ms. Szabo was assessed, listed or declined. Useful evidence could include:
\u2013 the written decision of the Budapest transplant committee on her case;
\u2013 any correspondence with the Vienna center.]]
[[us-treatment-arranged: The Cleveland hospital's letter invites Ms. Szabo to an "outpatient consultation" only. An invitation to consult is not acceptance onto a transplant waiting list, nor does the letter indicate whether a patient from abroad without United States insurance could be listed there at all. Useful evidence could include:
\u2013 a letter from the transplant program stating whether it will evaluate and list her, and on what conditions;
\u2013 the program's policy on listing patients who are not residents.]]
[[temporary-stay: A transplant recipient needs close monitoring for the rest of her life. The application asks for one year of parole but is silent on who would take over Ms. Szabo's care once she returned to Hungary, or how and when she would go home if she were still waiting for donor organs when the year ended. Useful evidence could include:
page 1/2
\f
USCIS -- Request for Evidence -- IOE2957730168
\u2013 a statement from a physician in Hungary agreeing to continue her care after her return;
\u2013 a written account, signed by Ms. Szabo, of what she would do if no organs became available during the parole period.]]
Your response, with this notice on top, must be received within 45 days from the date printed above. Requests for more time cannot be granted. If you do not respond, USCIS will decide the application on the existing record.
Gideon Marrow
Immigration Services Officer
page 2/2
"""

N08 = """DEPARTMENT OF HOMELAND SECURITY
U.S. CITIZENSHIP AND IMMIGRATION SERVICES
NOTICE OF ACTION
Notice Type: Notice of Intent to Deny
Receipt Number: IOE8640172953
Case Type: Form I-131, request for parole (medical)
Received Date: April 22, 2027
Notice Date: July 13, 2027
Applicant: Martin Aguirre
Beneficiary: Tomas Aguirre Benitez
Summary of request: The applicant asks that his nephew, a twelve year old citizen of Argentina living in Rosario, be paroled for a bone marrow transplant at a children's hospital in Houston, Texas, to treat chronic granulomatous disease.
Standard applied: Parole may be granted only for urgent humanitarian reasons or significant public benefit, and only in the exercise of discretion; the applicant must show by a preponderance of the evidence that it is warranted. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
Action proposed: USCIS intends to deny the application for the reasons numbered I through IV. Where the space on this page is not enough, the reasons continue on the attached continuation sheet.
I. [[medical-urgency: The hematologist's letter from Buenos Aires, dated November 2026, states that Tomas had two lung infections in 2026 and is now well on antifungal and antibiotic prophylaxis. It gives no reason why a transplant is required now, and no hospital admission, culture result or imaging study after November 2026 has been documented.]]
II. [[discretion: The application asserts that no center in Argentina performs transplants for this disease. Yet the hematologist's own letter records that a pediatric hospital in Buenos Aires offered in 2025 to search for an unrelated donor and that the family chose not to proceed. The applicant has not explained why the application says otherwise, and an unexplained conflict between the application and its own evidence weighs on whether USCIS should exercise its discretion in his favor.]]
III. [[financial-support: The Houston hospital's estimate of $780,000 must be paid in full before the transplant begins. The applicant's Form I-134 shows household income of $61,000, and a letter from a parish fund in Miami promises "assistance as donations permit" without stating any amount. It is therefore unclear how the treatment would be paid for, or how the costs of the family's journey and daily living would be covered during the roughly five months
Continued on continuation sheet
Notice of Action -- Page 1 of 2
\f
CONTINUATION SHEET -- Receipt Number IOE8640172953 -- Page 2 of 2
the hospital anticipates.]]
IV. [[support-plan: The application says that Tomas and his mother would be lodged "by family members" in Houston but names no one and gives no address. After a transplant Tomas would have to avoid dust, mold and building work, and nothing shows that the housing intended for him meets the conditions his doctors would require.]]
Action required of you: You may submit evidence to overcome the proposed denial. Your response must arrive within four weeks of the notice date shown above, with this notice attached. If no response arrives, the application will be denied.
Issued by: Fenella Drury, Immigration Services Officer, Humanitarian Affairs Branch
"""

N09 = """U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
February 23, 2027
Re: Request for Evidence
Receipt Number: IOE4128059376
Application for parole for: Lukas Petrauskas
Ms. Rasa Petrauskiene
Chicago, Illinois
Dear Ms. Petrauskiene:
We are writing about the application for parole you filed on December 14, 2026 for your son, Lukas Petrauskas, who lives in Kaunas, Lithuania. You ask that he be allowed to travel here to be treated for congenital long QT syndrome, an inherited disorder of the heart's rhythm.
We decide these applications one at a time. We may parole someone only for urgent humanitarian reasons or a significant public benefit, and only if we also conclude that parole is deserved as a matter of discretion. It is for you to show that both conditions are more likely than not met. See INA 212(d)(5)(A); Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
We have read the letters from Lukas's cardiologist in Kaunas and the records of his two hospital stays in 2026, and we have given them careful consideration. We cannot decide your application yet, because some important things are missing from it. [[support-plan: You write that Lukas would stay with you in Chicago, but the clinic he would attend is in Rochester, Minnesota, several hours away by road, and you have given us no address for him near the clinic during the period of observation after the operation, nor said who would look after him in the first weeks or how he would get between the two cities; please describe these arrangements and send any lease, booking or letter from the people who would help.]] [[us-treatment-arranged: The letter from the Rochester clinic welcomes Lukas for a "second opinion visit" and does not say that its surgeons have agreed to operate, for how many weeks he would have to stay close to the clinic, or what it would all cost, so we ask for a letter from the treating physician there that answers these points.]] [[travel-feasibility: We also need to know how Lukas would travel safely: his implanted defibrillator delivered shocks twice in 2026, and nothing in the file says whether his doctors have cleared him to fly, whether someone able to respond to a cardiac emergency would be with him on the journey, or what the airline has been told.]] [[other-avenues: Lastly, as a Lithuanian citizen Lukas may be able to travel to the United States under the Visa Waiver Program or on a B-2 visa, and your application does not say whether he has tried either route or why neither would serve him.]] We know that these are difficult questions for a family, and we will look at whatever you send with care.
Please send everything in one package, with this letter on top, so that it reaches us on or before May 14, 2027. We cannot move that date. If we receive nothing by then, we will decide your application on the record we now have.
Sincerely,
Oriana Velasquez
Immigration Services Officer
"""

N10 = """U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
DECISION ON FORM I-131
Notice date: August 17, 2027
Receipt number: IOE1176408235
Requestor: Teina Williams
Beneficiary: Tamatoa Puna
Enclosure: copy of the Notice of Intent to Deny dated May 11, 2027
Ms. Williams filed this application on March 1, 2027, asking that her nephew Tamatoa Puna, a boy of fourteen months who lives in Rarotonga, Cook Islands, be paroled for surgery on both eyes for primary congenital glaucoma at an eye hospital in Salt Lake City, Utah. On May 11, 2027, USCIS notified her that it intended to deny the application and gave its reasons in four lettered paragraphs. A copy of that notice is enclosed with this decision for reference. Her response was received on June 14, 2027.
Parole is granted only for urgent humanitarian reasons or significant public benefit and only as a matter of discretion, and the requestor must show by a preponderance of the evidence that it is warranted. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
USCIS has reviewed the response together with everything filed earlier. Paragraph (c) of the enclosed notice, on the absence of a surgeon's agreement to operate, has been resolved by the Salt Lake City surgeon's letter of June 2, 2027. The remaining concerns have not been overcome, for the following reasons.
[[treatment-unavailable: The response explains that the eye clinic in Rarotonga cannot operate on an infant, and USCIS accepts that. Patients from the Cook Islands who need care unavailable at home are, however, usually referred to hospitals in Auckland, and the response does not show that Tamatoa was referred there, that an Auckland hospital declined to treat him, or that it could not operate in time.]]
[[other-avenues: Because Tamatoa holds New Zealand citizenship, he may be able to come to the United States for medical care by using the Visa Waiver Program with an ESTA approval, or with a B-2 visa. The response says only that the family "did not know about" these options, which does not show that they are closed to him or would be too slow.]]
[[financial-support: The surgeon's letter puts the cost of the two operations and three months of checkups at $48,000. Ms. Williams's Form I-134 shows income of $39,000 and savings of $3,500, and the congregation's pledge of $10,000 included in the response is signed by a church member who is not shown to have
IOE1176408235 -- Decision -- page 1 of 3
\f
IOE1176408235 -- Decision -- page 2 of 3
authority to commit the congregation's funds. Nothing in the record identifies who would cover the remainder, or the cost of airfare and lodging for Tamatoa and his mother.]]
The application is therefore denied. This decision may not be appealed to the Administrative Appeals Office. Ms. Williams may file a new Form I-131, with the filing fee and any new evidence, at any time.
Ngaire Castellanos
Immigration Services Officer
\f
ENCLOSURE -- COPY OF EARLIER NOTICE
NOTICE OF INTENT TO DENY
Date: May 11, 2027
Receipt number: IOE1176408235
Requestor: Teina Williams
Beneficiary: Tamatoa Puna
USCIS intends to deny this application for the following reasons:
(a) Medical care for Cook Islands residents that cannot be given in Rarotonga is ordinarily arranged in New Zealand. The application does not say whether a referral to New Zealand was made.
(b) Tamatoa appears to be a New Zealand citizen. The application does not explain why he has not sought to travel with an ESTA or a visitor visa.
(c) No surgeon in the United States is shown to have agreed to operate on Tamatoa.
(d) Ms. Williams's income and assets, as declared on Form I-134, are not enough to pay for the surgery, travel and stay.
You have 30 days from this notice's date to respond.
IOE1176408235 -- Decision -- page 3 of 3
"""

NOTICES = [
    ("c01-numbered-rfe-2p", "rfe", "2027-01-19", "IOE3308174526", 84,
     ["RFE IOE3308174526 -- p. 1 of 2", "Anete Kalnina -- Request for Evidence, continued",
      "RFE IOE3308174526 -- p. 2 of 2"], C01),
    ("c02-lettered-noid", "noid", "2027-03-09", "IOE6142097385", 33, [], C02),
    ("c03-bulleted-denial", "denial", "2027-05-25", "IOE4490315862", None, [], C03),
    ("c04-headed-denial-2p", "denial", "2027-06-30", "IOE7025583914", None,
     ["Page 1 of 2 -- Decision, Form I-131", "IOE7025583914 -- Tomislav Babic -- 2"], C04),
    ("c05-runon-noid", "noid", "2027-09-14", "IOE9372816450", 28, [], C05),
    ("c06-quoting-rfe-denial", "denial", "2027-11-02", "IOE5819263047", None, [], C06),
    ("c07-headers-rfe-2p", "rfe", "2027-04-27", "IOE2957730168", 45,
     ["USCIS -- Request for Evidence -- IOE2957730168", "page 1/2", "page 2/2"], C07),
    ("n08-form-continuation-noid-2p", "noid", "2027-07-13", "IOE8640172953", 28,
     ["Continued on continuation sheet", "Notice of Action -- Page 1 of 2",
      "CONTINUATION SHEET -- Receipt Number IOE8640172953 -- Page 2 of 2"], N08),
    ("n09-plural-letter-rfe", "rfe", "2027-02-23", "IOE4128059376", 80, [], N09),
    ("n10-enclosure-denial-3p", "denial", "2027-08-17", "IOE1176408235", None,
     ["IOE1176408235 -- Decision -- page 1 of 3", "IOE1176408235 -- Decision -- page 2 of 3",
      "IOE1176408235 -- Decision -- page 3 of 3"], N10),
]
