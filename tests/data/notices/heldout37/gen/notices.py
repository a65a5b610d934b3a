# -*- coding: utf-8 -*-
"""The ten notices of this set. Each entry: (name, kind, date, receipt,
days to respond (None for a denial), page furniture, text). Grounds are
marked in place as [[category: ...]]. Written from scratch for this set."""

AGENCY = "DEPARTMENT OF HOMELAND SECURITY\nU.S. Citizenship and Immigration Services\n"

C01 = AGENCY + """Humanitarian Affairs Branch
5900 Capital Gateway Drive, Camp Springs, MD 20588

REQUEST FOR EVIDENCE

Date of request: February 16, 2027
Receipt number: IOE0917364528
Form: I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Requestor: Susan Kurian Thomas
Beneficiary: Nikhil Varghese Kurian

Susan Kurian Thomas
2218 Orchard Hollow Lane
Lincoln, NE 68516

On November 30, 2026, you asked USCIS to parole your nephew, Nikhil Varghese Kurian, a nine year old Indian citizen who lives with his parents in Kochi, Kerala, so that a pediatric liver transplant program in Omaha, Nebraska can assess him for a new liver. Nikhil has glycogen storage disease type Ia, and scans taken last year found several adenomas in his liver.
Parole is available under section 212(d)(5)(A) of the Immigration and Nationality Act only one case at a time, where an urgent humanitarian reason or a significant public benefit is present, and it is never owed: even a person who qualifies may be refused as a matter of discretion. It falls to you to prove, by a preponderance of the evidence, both that Nikhil qualifies and that he deserves a favorable decision. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
So far we have your Form I-131 and personal statement; a Form I-134 signed by your husband, Roy Thomas; a letter dated October 2, 2026 from Dr. Lekha Pillai, a pediatric gastroenterologist in Kochi; an abdominal ultrasound report from September 2026; and an email from the Omaha program's international patient office. On this record we cannot yet find Nikhil eligible. Each point below describes something the record lacks.
1. [[medical-urgency: Dr. Pillai's letter was written four months before this request and calls the adenomas only "multiple, the largest 4.1 cm." It is silent on whether any of them has grown, bled or shown signs of malignant change, on Nikhil's most recent alpha-fetoprotein result, and on what his doctors expect to happen if the assessment is postponed by several months. Provide a current letter from a physician who is treating Nikhil that addresses each of these matters, along with the latest imaging and laboratory reports.]]
2. [[treatment-unavailable: Hospitals in Kochi and in Chennai carry out liver transplants in children, including transplants from living relatives, and the file contains no sign that Nikhil was ever referred to one of them. If an Indian transplant team has examined him and turned him down, or has said that it cannot give him the care he needs, submit its written findings; if no referral was made, tell us why.]]
3. [[us-treatment-arranged: The email from Omaha says that its staff "would be happy to look at his records" and names a deposit for a first visit. It does not state that a transplant surgeon has agreed to take Nikhil as a patient, whether he would wait for a deceased donor organ or be assessed for a graft from a living relative, or how many weeks or months the assessment and any operation would occupy. Send a signed letter from the program setting out the care it has agreed to give.]]
4. [[financial-support: On his Form I-134, Roy Thomas lists yearly wages of $71,500 and $9,300 held in savings. The Omaha program asks for a deposit of $40,000 before the assessment alone, and a transplant in a child, with the hospital stay and months of follow up, would cost a great deal more. No estimate of the whole cost is in the file, and
RFE IOE0917364528 -- page 1 of 2
\fIOE0917364528 -- Kurian -- Request for Evidence, continued
nobody has said who would pay what the deposit leaves uncovered. Submit the program's written estimate for assessment, surgery and care after the transplant, with proof of the money or written pledges that would meet it, including any help promised by a charity or by the hospital.]]
5. [[temporary-stay: A child with a transplanted liver must take anti-rejection medicine and be watched closely for life. Your statement says that Nikhil and his mother would "go home once he is well," without giving any time frame, naming who in Kerala would take over his care after the transplant, or saying whether the medicines he would need can be bought there. Provide a plan for his return that identifies the physician or hospital in India that will follow him once he leaves the United States.]]
How to reply. Put everything requested into a single package, place a copy of this request on top, and mail it to the address printed at the head of this letter. We must receive your response no more than 84 calendar days after the date this request was issued. A partial response will be decided on the record as it stands when it arrives; if nothing arrives, the request may be treated as abandoned and denied.
Parole fee. Should parole later be approved, a separate fee under 8 U.S.C. 1804 will have to be paid before any parole document is issued, unless Nikhil shows that one of the exceptions listed in that statute applies to him. We would send a payment notice at that stage; do not send the fee now.
Sincerely,
Dolores Hallorann
Officer, Humanitarian Affairs Branch
RFE IOE0917364528 -- page 2 of 2
"""

C02 = AGENCY + """Humanitarian Affairs Branch, 5900 Capital Gateway Drive, Camp Springs, MD 20588
March 23, 2027

NOTICE OF INTENT TO DENY

Receipt Number: IOE2740185936
Application: Form I-131 (humanitarian parole)
Beneficiary: Ioana Sălăjan

Daniel Sălăjan
4410 Bellfort Ridge Court, Apt. 12, Houston, TX 77035

Dear Mr. Sălăjan:

You filed a request for humanitarian parole for your cousin, Ioana Sălăjan, who is 34, a citizen of Romania, and lives in Cluj-Napoca in Transylvania. Ioana has von Hippel-Lindau disease. The request states that she needs an operation to remove a tumor of the cerebellum, known as a hemangioblastoma, and afterward treatment with belzutifan, and that a hereditary tumor clinic in Houston, Texas would provide both.

The Immigration and Nationality Act, at section 212(d)(5)(A), allows the Secretary to parole a person into the United States temporarily, in her discretion and case by case, for urgent humanitarian reasons or significant public benefit. The requestor must establish eligibility by a preponderance of the evidence, and parole may still be refused in the exercise of discretion. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).

We have considered your statement, your Form I-134, letters from Ioana's neurologist and her neurosurgeon, an MRI report of May 2026, a consultation estimate from the Houston clinic, and copies of Ioana's passport and birth certificate. After that review, USCIS intends to deny the request for the reasons in paragraphs (a) through (e).

(a) [[treatment-unavailable: Romania is a member of the European Union. The neurosurgeon's letter does not say why the resection could not be carried out in Cluj-Napoca or Bucharest, and it does not mention the specialist centers elsewhere in the Union that follow patients with von Hippel-Lindau disease, to which Ioana could be referred. Nor does any letter say that belzutifan cannot be prescribed to her in Romania or another member state.]]

(b) [[medical-urgency: The May 2026 MRI describes the cerebellar tumor as 14 millimeters across with a small cyst, and the report records no symptoms. The neurosurgeon advises "surveillance or elective resection." The file contains no later imaging and no physician's statement that the tumor has grown or that waiting would put Ioana at risk.]]

(c) [[other-avenues: Romanian citizens may now be able to visit the United States without a visa under the Visa Waiver Program for up to 90 days, and a B-2 visitor visa is open to people coming for medical care. Your statement does not say whether Ioana considered either path or why parole, rather than a visa, is the appropriate route for her.]]

(d) [[financial-support: The Houston estimate of $6,800 covers a consultation and imaging only. It prices neither the operation nor the hospital stay, and it quotes belzutifan at about $29,000 for each month of treatment. You state yearly earnings of $83,000 on your Form I-134 and declare nothing saved, and it is unclear how the surgery, or even one month of the medicine, would be paid for.]]

(e) [[documentation: Ioana's medical records are in Romanian. The English pages that accompany them are summaries prepared by her sister, not complete translations, and none carries a translator's certification of competence and accuracy as 8 C.F.R. 103.2(b)(3) requires.]]

You may answer this notice with a written statement and any additional evidence. Your response must be received no more than 33 days after this notice was issued, a period that already includes 3 days for mailing. Send it, with a copy of this notice, to the address above. If no response is received in time, USCIS will decide the request on the present record.
Sincerely,
Harlan B. Okafor
Supervisory Immigration Officer
"""

C03 = AGENCY + """Humanitarian Affairs Branch
Camp Springs, MD 20588

DECISION ON REQUEST FOR HUMANITARIAN PAROLE

Date: May 4, 2027
Receipt No.: IOE5382061749
Beneficiary: Renata Chan Uc
Requestor: Jorge Chan Uc
Financial sponsor: Tomás Uc Pech

Jorge Chan Uc
Calle 27 No. 311, Colonia Itzimná
Mérida, Yucatán, Mexico

Your Form I-131 asking that your daughter, Renata Chan Uc, be paroled into the United States is denied.

Renata is five years old and lives with you in Mérida, Yucatán. She has hereditary tyrosinemia type 1. You asked that she be paroled so that a metabolic genetics clinic in Minneapolis, Minnesota could review her treatment and assess whether she needs a liver transplant.

A person outside the United States may be paroled under section 212(d)(5)(A) of the Immigration and Nationality Act only for urgent humanitarian reasons or a significant public benefit, and only where USCIS decides, weighing all the facts, to exercise its discretion favorably. The requestor bears the burden of proving eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).

The record, including your response to our request for evidence, contains:
• your Form I-131 and a statement from you and Renata's mother;
• Form I-134 from Tomás Uc Pech, Renata's great-uncle, who lives in Saint Paul, Minnesota;
• letters from Renata's pediatrician and her metabolic specialist in Mérida, dated August 2026 and February 2027;
• laboratory results from 2025 and 2026 and a liver ultrasound report of January 2027;
• an email from the Minneapolis clinic offering a consultation.

We considered all of it. The request is denied for the following reasons.

• [[treatment-unavailable: Renata has taken nitisinone since she was nine months old, supplied through a public pediatric hospital in Mérida, and follows a diet low in tyrosine and phenylalanine under her specialist's care. The specialist writes that supply was interrupted twice in 2026, for about three weeks each time, but nowhere states that nitisinone is unobtainable in Mexico or that the care Renata now receives falls short.]]
• [[medical-urgency: The February 2027 letter reports that Renata's succinylacetone level is below detection, her alpha-fetoprotein is normal, and the January 2027 ultrasound shows no nodules. No physician states that a transplant is being considered for her now or explains what harm she would suffer if the review in Minneapolis did not take place.]]
• [[other-avenues: Mexican citizens are eligible to seek B-2 visitor visas, and a visit for a medical consultation is a purpose that visa allows. Your statement refers to long waits for interview appointments, but Renata has never applied, you did not ask the consulate for an expedited appointment, and you have not explained what would keep a visa from being issued before the care described is needed.]]
• [[support-plan: The consultation and any assessment would take several weeks, yet nothing in the record tells us where Renata and her parents would sleep, who would bring them to the clinic, or how her special formula and measured diet would be supplied and paid for while she is away from home. Mr. Uc Pech's Form I-134 lists him as sharing a two bedroom apartment with four other adults.]]

Any one of these reasons would be enough to deny the request.

There is no appeal from this decision to the Administrative Appeals Office. You may file a new Form I-131, with the filing fee in force at that time and evidence addressing the reasons above. A new request is decided on its own record.

Signed,
Valerie Ndiaye-Castro
Section Chief, Humanitarian Affairs Branch
"""

C04 = AGENCY + """Humanitarian Affairs Branch, Camp Springs, MD 20588

DECISION

Application for Parole (Form I-131)
Receipt Number: IOE6091437285
Decision date: June 15, 2027
Beneficiary: Pentti Kärkkäinen
Requestor: Aino Kärkkäinen Larsen

WHAT WAS REQUESTED

Aino Kärkkäinen Larsen, of Rochester, Minnesota, asked on January 11, 2027 that her father, Pentti Kärkkäinen, be paroled into the United States. Mr. Kärkkäinen is 61, a citizen of Finland, and lives in Joensuu, North Karelia. He has Waldenström macroglobulinemia, and in the autumn of 2026 the disease was found to involve his central nervous system (Bing-Neel syndrome). The request says that a lymphoma program in Rochester has offered to treat him.

GOVERNING STANDARD

Section 212(d)(5)(A) of the Immigration and Nationality Act, 8 U.S.C. 1182(d)(5)(A), permits the parole of a noncitizen case by case for urgent humanitarian reasons or significant public benefit. Parole is discretionary. The requestor has to show eligibility by a preponderance of the evidence, meaning that each fact claimed is more likely true than not. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).

EVIDENCE IN THE RECORD

USCIS issued a request for evidence on March 9, 2027, and received a response on May 20, 2027. The record now includes the Form I-131 and the requestor's two statements; a Form I-134 signed by the requestor and her husband; letters from Mr. Kärkkäinen's hematologist at the central hospital in Joensuu (October 2026 and April 2027); reports of a lumbar puncture and a brain MRI; a letter of acceptance and a treatment outline from the Rochester program; and a cost estimate.

ANALYSIS

A. Treatment in Finland
[[treatment-unavailable: The hematologist's April 2027 letter reports that Mr. Kärkkäinen began ibrutinib in November 2026 and that his neurological symptoms have "partly settled." Ibrutinib is the treatment the Rochester outline proposes to continue. The letter adds that Finnish university hospitals in Helsinki and Kuopio treat this condition and that he could be referred to either. The record does not explain what the Rochester program would offer that is out of his reach at home.]]

B. Coming as a visitor
[[other-avenues: Finland is a Visa Waiver Program country, and Mr. Kärkkäinen has traveled to the United States on an approved travel authorization three times since 2019, most recently in 2024. The requestor's response says only that parole "seemed the proper route for a longer stay." A longer stay could have been sought with a visitor visa in the B-2 category, and nothing shows that this was tried or why it would not work.]]

C. Paying for care
[[financial-support: The Rochester program estimates $186,000 for the first six months of treatment, imaging and monitoring. The sponsors' Form I-134 shows combined household income of $142,000 and savings of $38,500, and the requestor states that Mr. Kärkkäinen's Finnish insurance "may reimburse some costs." No letter from the insurer is in the record, and the requestor does not show how the balance, which exceeds her household's entire yearly income and savings, would be
Kärkkäinen -- IOE6091437285 -- page 1 of 2
\fDecision on Form I-131 -- IOE6091437285 -- continued
met, or what would fund the treatment after the first six months.]]

D. Return to Finland
[[temporary-stay: The requestor asks that parole be granted for one year and writes that her father "will decide with his doctors whether to continue in Rochester." The program's outline describes treatment "until progression or intolerance," which has no fixed end. No plan for a return to Finland or for handing his care back to the Joensuu hospital has been submitted.]]

DECISION

For the reasons stated in parts A through D, the requestor has not shown by a preponderance of the evidence that Mr. Kärkkäinen is eligible for parole, and the request is denied.

This decision may not be appealed to the Administrative Appeals Office. A new Form I-131 may be filed with the required fee and with evidence that answers the points above.

Theodora Vance-Mbeki
Director, Humanitarian Affairs Branch
Kärkkäinen -- IOE6091437285 -- page 2 of 2
"""

C05 = AGENCY + """Humanitarian Affairs Branch
Camp Springs, MD 20588

NOTICE OF INTENT TO DENY
Form I-131, Request for Humanitarian Parole

Date of notice: June 8, 2027
Receipt number: IOE3815729604
Beneficiary: Mariana Restrepo Gaviria (born 2013)
Requestor: Luz Dary Gaviria Ospina

Luz Dary Gaviria Ospina
Carrera 43A No. 18-75, Apto. 902
Medellín, Antioquia, Colombia

You asked that your daughter Mariana, who is 14 and lives with you in Medellín, Antioquia, be paroled so that a vascular anomalies program in Philadelphia, Pennsylvania can treat the malformation in her left leg and pelvis caused by Klippel-Trenaunay syndrome. USCIS has reviewed your request, the letters from her physicians and the Philadelphia program, your bank statements and the Form I-134 filed by your brother. We intend to deny the request.

To receive parole, a person must show an urgent humanitarian reason or a significant public benefit, and must also merit a favorable exercise of discretion; you carry the burden of proving the facts by a preponderance of the evidence. INA 212(d)(5)(A); Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).

[[medical-urgency: The vascular surgeon in Medellín writes that Mariana has had episodes of bleeding from the skin of her thigh and that her hemoglobin fell to 8.9 in 2026, but his letter dates from September 2026, and the only later record, a clinic note from January 2027, says that the bleeding has stopped with compression and iron and that she attends school normally.]] [[treatment-unavailable: Moreover, the same surgeon writes that Mariana has already had two rounds of sclerotherapy at a university hospital in Medellín and that further sessions are planned there, and no physician explains what the Philadelphia program would do that doctors in Medellín or Bogotá cannot.]]

[[financial-support: The Philadelphia program's estimate is $94,000 for imaging, two procedures under general anesthesia and follow up; your brother's Form I-134 shows income of $52,000 a year, and your bank statements in Colombia show a balance equal to about $3,100, with no other source named.]] [[support-plan: Your statement says that you and Mariana would stay "with relatives in New Jersey," but no relative is named, no address is given, and nothing says how Mariana would get to the hospital for each treatment or who would care for her nine year old brother, who would come too.]]

You may respond to this notice with a written statement and new evidence. USCIS must receive your response by July 8, 2027 at the address above; please place a copy of this notice on top. If you do not respond by that date, the request will be denied.

Signed,
Raymond Achterberg
Immigration Officer
"""

C06 = AGENCY + """Humanitarian Affairs Branch
Camp Springs, MD 20588

NOTICE OF DENIAL
Form I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records

Date: July 27, 2027
Receipt: IOE7460293158
Beneficiary: Eleni Dimopoulou
Requestor: Stavros Dimopoulos

Stavros Dimopoulos
1187 Bayshore Palms Drive
Tampa, FL 33611

You requested parole for your sister, Eleni Dimopoulou, who is 55, a citizen of Greece, and lives in Patras, in the Peloponnese. She has Sézary syndrome, a form of lymphoma of the skin and blood, and a cancer center in Tampa, Florida has proposed an allogeneic stem cell transplant. On April 6, 2027, USCIS sent you a request for evidence. It read in part:

"First, explain why Ms. Dimopoulou cannot receive an allogeneic transplant in Greece, where such transplants are performed in Athens and Thessaloniki, and submit any refusal or assessment from a Greek transplant unit."

"Second, submit a letter from the Tampa center confirming that it has accepted Ms. Dimopoulou for transplant, the timing of the transplant and any conditions she must meet first."

"Third, identify the donor and show that the donor has been tested and is willing to give stem cells."

"Fourth, provide evidence of how the cost of the transplant and at least 100 days of care afterward will be paid."

Your response arrived on June 24, 2027. It includes your letter, a second letter from the Tampa center, a letter from Ms. Dimopoulou's dermatologist in Patras, a typing report, and your bank and retirement statements.

The third request has been met. The typing report shows that you are a full match, and you confirm that you will donate.

[[treatment-unavailable: On the first request, your letter states that the public transplant units in Athens have "long waiting lists" and that your sister "would be safer in Tampa with her brother close by." The dermatologist's letter does not say that any Greek unit was asked to see Ms. Dimopoulou, and nothing from a Greek transplant unit is in the record. A waiting list, without evidence of its length or of what waiting would mean for her, does not establish that she cannot be treated at home.]]

[[us-treatment-arranged: The Tampa center's second letter says that Ms. Dimopoulou "would be considered for transplant" if she first reaches a remission with mogamulizumab and that the decision would be made by its transplant committee after she arrives. The letter sets no date and does not say who would give the mogamulizumab, where, or for how long before the committee decides. This is an offer to evaluate, not the acceptance the request for evidence asked for.]]

[[financial-support: The center puts the transplant, with the 100 days of care that follow it, at $410,000. Your statements show $61,000 in a bank account and $212,000 in a retirement account, and you write that you "would borrow the rest if needed." No lender is named, and the record does not show what the retirement funds would yield after withdrawal costs or how the remaining amount would be found.]]

Because the first, second and fourth requests have not been met, the requestor has not established that Ms. Dimopoulou is eligible for parole, and the request is denied.

This decision cannot be appealed to the Administrative Appeals Office. You may file a new Form I-131, with the fee then in effect and with new evidence.

Sincerely,
Marguerite Oyelaran
Supervisory Immigration Officer
"""

C07 = """Request for Evidence -- IOE8529106473 -- SIREGAR, Rizky Pratama
""" + AGENCY + """Humanitarian Affairs Branch
5900 Capital Gateway Drive
Camp Springs, MD 20588

REQUEST FOR EVIDENCE

Issue date: September 21, 2027
Receipt number: IOE8529106473
Form I-131 (parole)
Beneficiary: Rizky Pratama Siregar, born March 2020
Requestor: Dewi Siregar Hutabarat

Dewi Siregar Hutabarat
9004 Cedar Shoals Drive
Garland, TX 75044

You filed a Form I-131 on June 2, 2027, asking that your nephew, Rizky Pratama Siregar, be paroled into the United States. Rizky is seven and lives with his parents in Medan, North Sumatra, Indonesia. He was born with Crouzon syndrome, and a craniofacial center in Dallas, Texas has proposed a monobloc advancement with distraction, an operation that moves the forehead and midface forward over several weeks.

USCIS may parole a person under section 212(d)(5)(A) of the Immigration and Nationality Act for urgent humanitarian reasons or significant public benefit, case by case and in its discretion. You must prove eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).

We reviewed your statement, your Form I-134, a letter from Rizky's pediatric neurosurgeon in Medan dated April 2027, a CT report, photographs, and an email from the Dallas center. More evidence is needed on the points that follow.

[[medical-urgency: The neurosurgeon writes that Rizky's eyes protrude so far that his eyelids do not always close and that he snores heavily, and that "raised pressure cannot be excluded." No eye examination, sleep study or measurement of intracranial pressure has been submitted, and the letter gives no view of the risk to Rizky if the operation waits. Documents that could address this include a current report from an ophthalmologist, a sleep study and the neurosurgeon's opinion on the risk of delay.]]

[[treatment-unavailable: Craniofacial surgery for children is performed at hospitals in Jakarta, and it is unclear whether Rizky has been seen there or in Singapore or Kuala Lumpur, both within a short flight of Medan. Documents that could address this include letters from the centers consulted, their findings, and an explanation of why the operation cannot be done in the region.]]

[[us-treatment-arranged: The Dallas email says that the team "would like to see Rizky" and that a decision on surgery would follow a clinic visit and new imaging. It does not confirm acceptance, name the surgeon, or set out the planned steps and their duration. Documents that could address this include a signed letter of acceptance from the Dallas center with the planned procedures and their expected length.]]

[[travel-feasibility: Your statement says that Rizky would travel from Medan through Singapore to Dallas with his mother, a journey of more than twenty-four hours. Given the breathing problems the neurosurgeon describes, it is not shown whether he can safely
Form I-131 RFE -- sheet 1 of 2
\fRequest for Evidence -- IOE8529106473 -- SIREGAR, Rizky Pratama
fly that distance, whether he needs oxygen or a medical escort, or whether any airline has agreed to carry him. Documents that could address this include a doctor's written opinion on his fitness for the flight and details of the travel arrangements.]]

[[financial-support: Your Form I-134 declares earnings of $58,000 a year and $7,400 in savings, and the Dallas center's email gives no price. Documents that could address this include the center's written estimate covering surgery, inpatient care, the distraction period and follow up, together with evidence showing who will pay and from what funds.]]

You have 60 days from the issue date of this request to reply. Send the documents together, with this request on top, to the address shown above. If we do not receive a reply, we may decide the request on the evidence already in the file or deny it as abandoned.

Renée Castellanos-Whitfield
Immigration Officer
Form I-131 RFE -- sheet 2 of 2
"""

N08 = AGENCY + """Humanitarian Affairs Branch
Camp Springs, MD 20588

NOTICE OF INTENT TO DENY, WITH AN OFFER OF INTERVIEW

Notice date: October 12, 2027
Receipt number: IOE1694830725
Form: I-131 (humanitarian parole)
Beneficiary: Ana Clara Bezerra Lima, age 3
Requestor: Francisca Bezerra Lima (mother)
Representative: Otis Ferreira Brandt, Esq. (Form G-28 on file)

Francisca Bezerra Lima, c/o Otis Ferreira Brandt, Esq.
1620 Wilshire Boulevard, Suite 700, Los Angeles, CA 90017

You asked that your daughter, Ana Clara Bezerra Lima, who lives with you in Fortaleza, Ceará, Brazil, be paroled so that a pediatric liver transplant program in Los Angeles, California can assess her. Ana Clara has propionic acidemia and has been admitted to hospital in Fortaleza five times for metabolic crises. USCIS has reviewed the request and intends to deny it for the reasons given below. Before deciding, we offer you two ways to answer.

YOU MAY ANSWER IN EITHER OF TWO WAYS

Option 1: written response. Mail a written response and any new evidence to the address above. It must reach us no later than 30 days after the notice date printed above.

Option 2: interview. You may instead take part in an interview by video with an officer, with your representative present, and show or explain documents during it. An interview has been reserved for you as follows:
Date: Thursday, October 28, 2027
Time: 9:00 a.m. Eastern Time (10:00 a.m. in Fortaleza)
Place: by secure video link, sent to your representative's email address on the Form G-28
To accept the interview, your representative should reply to the email that accompanies this notice. If you take the interview, you may still send written evidence within the same 30 days. If you do neither, USCIS will decide the request on the evidence it now holds.

THE STANDARD

Parole under section 212(d)(5)(A) of the Immigration and Nationality Act is given case by case for urgent humanitarian reasons or significant public benefit, and only in the exercise of discretion. You must establish the facts on which the request depends by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).

WHY USCIS INTENDS TO DENY

[[medical-urgency: The metabolic specialist's letter of February 2027 lists the five admissions, the last in November 2026, and says that since then Ana Clara has been stable on her diet, carglumic acid and carnitine. It does not describe her current condition, any damage to her heart or brain, or why a liver transplant should be considered now rather than after further observation.]]

[[treatment-unavailable: Pediatric liver transplants, including transplants from living related donors, are performed in São Paulo and in other Brazilian cities, and the specialist's letter states that Ana Clara "could be referred to São Paulo." Nothing shows that a referral was made, or that any Brazilian transplant team found her unsuitable.]]
\fIOE1694830725 -- Notice of Intent to Deny -- page 2
[[us-treatment-arranged: The Los Angeles program's letter invites Ana Clara for "evaluation for possible transplantation" and says that a living donor would be assessed separately. It does not accept her as a transplant patient, name a donor, or state how long the assessment would take.]]

[[financial-support: The program's estimate is $45,000 for the evaluation alone. The Form I-134 from Ana Clara's aunt in Anaheim shows income of $48,000 a year, and no one else is named as paying for the evaluation or for a transplant, whose cost the program does not state.]]

Whichever option you choose, please have ready the child's passport, any documents that answer the points above, and certified English translations of documents in Portuguese.
Sincerely,
Josephine Adeyemi-Lund
Immigration Officer
"""

N09 = AGENCY + """Humanitarian Affairs Branch
Camp Springs, MD 20588

DECISION ON YOUR REQUEST FOR PAROLE

Date: November 9, 2027
Receipt number: IOE9207516384
Beneficiary: Sota Kudo, age 4
Requestor: Naomi Kudo Harrington

Naomi Kudo Harrington
311 Sycamore Bend
Ann Arbor, MI 48104

About this notice. Some words in this notice are marked with an asterisk (*). They are explained in the list of words at the end of the notice.

Our decision. We have denied your request for parole* for your nephew, Sota Kudo.

What you asked for. You asked that Sota, who is four and lives with his parents in Aomori, in the Tohoku region of Japan, be allowed into the United States for heart surgery at a children's heart center in Ann Arbor, Michigan. Sota has Williams syndrome with narrowing of the aorta above the heart valve and narrowing of the arteries to the lungs.

What the law requires. The law lets USCIS grant parole* for urgent humanitarian reasons or significant public benefit, one case at a time, if USCIS decides to exercise discretion* in the person's favor (section 212(d)(5)(A) of the Immigration and Nationality Act). You must prove your case by a preponderance of the evidence*. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).

What we looked at. We read your letter, the Form I-134*, two letters from Sota's cardiologist in Aomori, an echocardiogram report, a letter from the Ann Arbor center, and your answers to our request for evidence* of August 10, 2027.

Why we denied your request.

[[treatment-unavailable: Sota's cardiologist writes that the repair he needs is done at pediatric heart centers in Tokyo and Osaka and that Sota was placed on a list for surgery in Tokyo in the spring of 2027. Your answers say that the Ann Arbor surgeons have more experience with Williams syndrome, but they do not show that the surgery is unavailable to Sota in Japan.]]

[[other-avenues: Japan is in the Visa Waiver Program, so its citizens can visit without a visa, and for a longer stay they may seek a B-2 visa*. You told us that parole would be "simpler for the hospital." That is not a reason to use parole instead of the normal ways of coming to the United States.]]

[[travel-feasibility: Children with Williams syndrome and narrowed arteries face a known risk under sedation, and the cardiologist warns against any procedure outside a heart center. Sota would fly from Aomori through Tokyo to Detroit. No doctor says that he is fit for that trip, whether he needs a nurse or doctor with him, or what plan exists should he fall ill during the journey.
Page 1 of 2 -- Decision IOE9207516384
\fPage 2 of 2 -- Decision IOE9207516384
The Ann Arbor center's letter does not address the journey at all.]]

[[support-plan: Sota and both of his parents would stay with you for about eight weeks. You did not tell us who would care for Sota's baby sister, who would also come, while his parents are at the hospital, how the family would travel between your home and the hospital each day, or how their daily living costs would be met.]]

Each of these reasons on its own is enough for us to deny the request.

What you can do now. You cannot appeal this decision to the Administrative Appeals Office. You may file a new Form I-131 with the filing fee and new evidence that answers the reasons above.

Signed,
Leopold Szymanski-Abe
Immigration Officer, Humanitarian Affairs Branch

LIST OF WORDS MARKED WITH AN ASTERISK
B-2 visa: a visitor visa from the Department of State; medical care is one of the purposes for which it may be used.
Discretion: the power of USCIS to decide, after weighing the favorable and unfavorable facts, whether to grant a request that meets the legal requirements.
Form I-134: the Declaration of Financial Support, signed by a person who promises to pay the beneficiary's expenses.
Parole: permission to enter the United States for a limited time for an urgent humanitarian reason or a significant public benefit. Parole does not make a person a visa holder and confers no immigration status.
Preponderance of the evidence: the standard of proof in this kind of request. A fact meets it if the evidence shows that it is more likely true than not.
Request for evidence: a letter USCIS sends to ask for documents or explanations that are missing from a request before deciding it.
"""

N10 = AGENCY + """Humanitarian Affairs Branch
Camp Springs, MD 20588

REQUEST FOR EVIDENCE

Date of request: December 1, 2027
Receipt number: IOE4378952610
Form I-131 (humanitarian parole)
Beneficiary: Gabriel Ledesma Tupas (born February 2027)
Requestor: Marco Ledesma Tupas (father)

Marco Ledesma Tupas
Block 6, Lot 14, Villa Arevalo District
Iloilo City, Iloilo, Philippines

You asked that your son Gabriel, who is ten months old and lives with you in Iloilo City, in Western Visayas, the Philippines, be paroled so that a children's hospital in Salt Lake City, Utah can treat his lysosomal acid lipase deficiency with weekly infusions of sebelipase alfa. You have also filed your own Form I-131 to accompany him.

USCIS may grant parole under section 212(d)(5)(A) of the Immigration and Nationality Act only case by case for urgent humanitarian reasons or significant public benefit, and only in its discretion. It is your burden to prove eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).

We have reviewed the record below, area by area. Each area is marked with its status. Please send evidence for each area marked "additional evidence needed." No response is needed for an area marked "no further evidence needed."

[Area 1: Medical need. Status: no further evidence needed]
The pediatric hepatologist's letter of October 2027, the enzyme test result and the liver biopsy report establish the diagnosis, Gabriel's poor growth and the enlargement of his liver. This area is resolved.

[Area 2: Treatment in the Philippines. Status: additional evidence needed]
[[treatment-unavailable: The hepatologist writes that sebelipase alfa is "not registered" in the Philippines. She does not say whether the drug might be brought in for Gabriel alone under a named patient arrangement, whether the manufacturer's access program was approached, or whether a hospital in Manila or elsewhere in Southeast Asia could give the infusions. Please send her answer to each of these questions and any replies received from the manufacturer or from other hospitals.]]

[Area 3: The hospital in Salt Lake City. Status: additional evidence needed]
[[us-treatment-arranged: The hospital's message confirms an appointment with a metabolic physician but does not say that the hospital will give the weekly infusions, for how long, or whether it has arranged to obtain the drug for Gabriel. Please send a signed letter in which the physician who would treat him there confirms the plan of care.]]

[Area 4: Paying for treatment. Status: additional evidence needed]
[[financial-support: The drug alone costs several hundred thousand dollars a year for a child of Gabriel's weight, and that cost rises as he grows. The Form I-134 from your cousin in West Valley City shows income of $66,000 a year. Please send the hospital's estimate and evidence of who will pay for the drug, the infusions and the family's stay.]]
Request for Evidence -- IOE4378952610 -- page 1 of 2
\fRequest for Evidence -- IOE4378952610 -- page 2 of 2

[Area 5: Length of stay. Status: additional evidence needed]
[[temporary-stay: Treatment with sebelipase alfa continues for life. Your statement requests parole for a year but says nothing about what follows once that year is over, whether treatment would continue in the Philippines, or who would supply the drug there. Please explain how Gabriel's stay would remain temporary and how his care would continue after he returns.]]

[Area 6: The accompanying parent. Status: additional evidence needed]
[[security: Your own police clearance from Iloilo City shows a complaint filed against you in 2025 with the notation "pending." Please send the court record or a certificate showing the nature of the complaint and how it was resolved.]]

The response period is 84 days, counted from the date of this request. Send your response, with this request on top, to the address above. If we do not receive a response, we may deny the request.

Sincerely,
Cornelius Abalos-Wright
Immigration Officer

PRIVACY ACT STATEMENT
Authority: The information you provide in response to this request is collected under the Immigration and Nationality Act, including section 212(d)(5)(A), and the regulations that carry it out.
Purpose: USCIS uses the information to decide whether the beneficiary may be paroled into the United States and whether the request merits a favorable exercise of discretion.
Disclosure: Providing the information is voluntary, but if you do not provide it, USCIS may be unable to decide the request in your favor and may deny it.
Routine uses: The information may be shared with other federal, state, local and foreign government agencies as permitted by law, including for law enforcement and health purposes, as described in the applicable system of records notices.
PAPERWORK REDUCTION ACT
An agency may not conduct or sponsor an information collection, and a person is not required to respond to one, unless it displays a currently valid OMB control number. The public reporting burden for responding to this request is estimated at 2 hours, including the time to read the request, gather the evidence, and prepare the response. Comments on this estimate may be sent to USCIS, Office of Policy and Strategy, Regulatory Coordination Division, 5900 Capital Gateway Drive, Camp Springs, MD 20588. Do not mail your response to this address.
"""

NOTICES = [
    ("c01-numbered-rfe-2p", "rfe", "2027-02-16", "IOE0917364528", 84,
     ["RFE IOE0917364528 -- page 1 of 2", "IOE0917364528 -- Kurian -- Request for Evidence, continued", "RFE IOE0917364528 -- page 2 of 2"], C01),
    ("c02-lettered-noid", "noid", "2027-03-23", "IOE2740185936", 33, [], C02),
    ("c03-bulleted-denial", "denial", "2027-05-04", "IOE5382061749", None, [], C03),
    ("c04-headed-denial-2p", "denial", "2027-06-15", "IOE6091437285", None,
     ["Kärkkäinen -- IOE6091437285 -- page 1 of 2", "Decision on Form I-131 -- IOE6091437285 -- continued", "Kärkkäinen -- IOE6091437285 -- page 2 of 2"], C04),
    ("c05-runon-noid", "noid", "2027-06-08", "IOE3815729604", 30, [], C05),
    ("c06-quoting-rfe-denial", "denial", "2027-07-27", "IOE7460293158", None, [], C06),
    ("c07-headers-rfe-2p", "rfe", "2027-09-21", "IOE8529106473", 60,
     ["Request for Evidence -- IOE8529106473 -- SIREGAR, Rizky Pratama", "Form I-131 RFE -- sheet 1 of 2", "Form I-131 RFE -- sheet 2 of 2"], C07),
    ("n08-interview-option-noid-2p", "noid", "2027-10-12", "IOE1694830725", 30,
     ["IOE1694830725 -- Notice of Intent to Deny -- page 2"], N08),
    ("n09-glossary-denial-2p", "denial", "2027-11-09", "IOE9207516384", None,
     ["Page 1 of 2 -- Decision IOE9207516384", "Page 2 of 2 -- Decision IOE9207516384"], N09),
    ("n10-status-areas-rfe-2p", "rfe", "2027-12-01", "IOE4378952610", 84,
     ["Request for Evidence -- IOE4378952610 -- page 1 of 2", "Request for Evidence -- IOE4378952610 -- page 2 of 2"], N10),
]
