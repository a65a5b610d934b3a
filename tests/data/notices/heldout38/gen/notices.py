# -*- coding: utf-8 -*-
"""The ten notices of this set, each ground marked in place as
[[category: ...]]. Tuples: (name, kind, date, receipt, response days or
None, furniture lines, text). Written from scratch for this set."""

HQ = "5900 Capital Gateway Drive, Camp Springs, MD 20588-0009"

C01 = """Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch, International Operations
""" + HQ + """
REQUEST FOR EVIDENCE
Date: February 9, 2027
Receipt number: IOE5172093846
Form: I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Requestor: Lukas Strasser
Beneficiary: Jakob Strasser (born July 30, 2020)
Mr. Strasser:
You asked USCIS to parole your son Jakob into the United States so that he can receive a blood stem cell transplant for X-linked hyper-IgM syndrome at a children's hospital in Cincinnati, Ohio. We have reviewed the request. Before we can decide it, we need more evidence.
Section 212(d)(5)(A) of the Immigration and Nationality Act lets the agency admit a noncitizen temporarily, one request at a time, only for urgent humanitarian reasons or significant public benefit. Even where such a reason is shown, parole remains a discretionary choice and may be withheld.
You must prove every fact on which the request depends, and each fact must be shown to be more likely true than not; each document counts both by itself and as part of the whole file. See Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
Our file now contains your Form I-131 and cover statement; a Form I-134 signed by your cousin, Ms. Theresa Gruber, of Dayton, Ohio; a letter from Dr. Verena Pichler, a pediatric immunologist in Innsbruck, dated May 14, 2026; laboratory reports and a discharge summary in German; and an email of September 2, 2026 from the Cincinnati hospital's office for international patients.
Please address each numbered point below.
1. [[treatment-unavailable: Dr. Pichler writes that Jakob "should be transplanted at an experienced center," but she does not say that no such center exists in Austria. Stem cell transplants for children are carried out at the university hospital in Innsbruck and at transplant units in Vienna, and the file is silent on whether Jakob was referred to either one or why he could not be taken there. Provide a letter in which a transplant physician practicing in Austria says whether Jakob can receive the transplant there or elsewhere in the European Union and, if not, why not.]]
2. [[medical-urgency: Since the need for a transplant now depends on how the child is doing now, a letter like Dr. Pichler's of May 14, 2026, written almost nine months before this request and before Jakob's latest hospital stay, cannot show where matters stand today. Submit a recent letter, written by a doctor now treating Jakob, that lists each infection since May 2026, the state of his liver and lungs, and the likely consequences of postponing the transplant, together with the records on which the letter relies.]]
3. [[us-treatment-arranged: The email from Cincinnati thanks you for your inquiry and says that Jakob's records have been passed to a physician for an opinion. It is not an acceptance. Send a letter from the hospital or the physician stating that Jakob has been accepted for transplant, the expected donor source, the planned dates, and how long he must stay near the hospital afterward.]]
4. [[financial-support: Ms. Gruber states on her Form I-134 that she earns $61,500 a year and has $8,200 saved. The hospital has given no estimate at all, and a pediatric transplant with months of aftercare
IOE5172093846 -- Request for Evidence -- page 1 of 2
\fRequest for Evidence (continued) -- STRASSER, Jakob
will cost far more than those figures suggest. Submit the hospital's written estimate for the transplant, the inpatient stay and the outpatient months after it, and show who will pay each part, with bank records, insurance papers, or a signed pledge from any charity or hospital fund that will contribute.]]
5. [[documentation: The laboratory reports and the discharge summary from Innsbruck are written in German, and no English version accompanies them. Whatever is not in English needs an English rendering of the entire document, signed by a translator who certifies two things: that the rendering is faithful and whole, and that the translator can competently work from German into English. See 8 C.F.R. 103.2(b)(3).]]
How to reply. Place this request on top of your reply and mail everything together, in one envelope, to the address at the head of this letter. Your reply must arrive within twelve weeks after the date printed on this request; that period cannot be lengthened. If nothing arrives, or only part of what we asked for, the request will be decided on the file as it then stands, and it may be denied.
Parole fee. If parole is approved later, a separate fee under 8 U.S.C. 1804 may have to be paid before a travel document is issued. The law provides exceptions but no waiver. If you think an exception covers Jakob, say which one in your reply and include the evidence for it.
Sincerely,
Miriam Okonkwo-Reyes
Adjudications Officer, Humanitarian Affairs Branch
IOE5172093846 -- Request for Evidence -- page 2 of 2
"""

C02 = """Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
""" + HQ + """
NOTICE OF INTENT TO DENY
April 19, 2027
Receipt Number: IOE8840261357
Requestor: Agnieszka Wróblewska, Białystok, Poland
Beneficiary: Zofia Wróblewska (age 9)
Dear Ms. Wróblewska:
On January 25, 2027, you filed Form I-131 asking that your daughter Zofia be paroled into the United States for laser ablation of a hypothalamic hamartoma, the cause of her gelastic seizures, at an epilepsy surgery program in Cleveland, Ohio.
The Immigration and Nationality Act, at section 212(d)(5)(A), permits parole only case by case, temporarily, and only for urgent humanitarian reasons or significant public benefit; whether to grant it remains within the agency's discretion. The person asking carries the burden of proof, and each claim must be shown to be more likely than not. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
We reviewed your Form I-131, your statement, a letter from Dr. Marek Sadowski, a child neurologist in Białystok, dated January 11, 2027, brain imaging reports, a price list from the Cleveland program and a Form I-134 from your brother, Mr. Tomasz Nowicki.
On that record, USCIS intends to deny the request for each of the reasons in items (a) to (e).
(a) [[medical-urgency: Dr. Sadowski describes daily laughing seizures and slower progress at school, but the same letter reports that Zofia's seizures fell from about fifteen a day to three or four a day after her medicine was changed in late 2026, and no physician explains what harm a further period of treatment with medicine would do.]]
(b) [[treatment-unavailable: Your statement says that laser ablation "is not done in Poland," yet the request says nothing about surgery or radiosurgery for the hamartoma at the epilepsy centers in Warsaw or Kraków or elsewhere in the European Union, and Dr. Sadowski does not say that he consulted any of them.]]
(c) [[other-avenues: Polish citizens can now make short visits to the United States without a visa using an electronic travel authorization, and Zofia holds a Polish passport. Nothing in the request explains why, for a planned operation with a set date, she could not come in that way or on a B-2 visa instead of by parole.]]
(d) [[support-plan: You write that you and Zofia would rent a furnished room near the hospital for eight weeks, but you name no address and no rent, and the statement is silent on who would look after Zofia between appointments while you keep working online for your employer, or how she would get to the hospital and back.]]
(e) [[discretion: Our records show that you were admitted in June 2018 on a visitor visa and left in March 2019, about five months after your permitted stay had ended, and your statement does not mention it. Staying past the date a visitor had to leave is a negative factor when USCIS weighs discretion, and the file offers nothing to balance it.]]
You have 30 days, counted from the date at the top of this notice, to answer in writing and to send more evidence. Because this notice is going to you by mail, 3 more days are added, which makes 33 days in all. Send your answer with a copy of this notice to the address above. If no answer arrives in time, the request will be decided on the present file.
Sincerely,
Daniel Fitzwater-Lam
Supervisory Adjudications Officer
"""

C03 = """U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
International Operations -- Humanitarian Affairs
""" + HQ + """
DECISION ON REQUEST FOR PAROLE
Date of decision: June 3, 2027
Receipt: IOE1695304827
Requestor: Nenad Stojkov
Beneficiary: Jelena Stojkov
Your Form I-131 asked USCIS to parole your wife, Jelena Stojkov, aged 34, of Novi Sad, Serbia, so that a cavernous malformation of her brainstem, which has bled twice, could be removed at a neurosurgical institute in Phoenix, Arizona. The request is denied.
USCIS may parole a noncitizen under section 212(d)(5)(A) of the Immigration and Nationality Act for urgent humanitarian reasons or significant public benefit, case by case and for a limited time, and decides as a matter of discretion whether to do so. The requestor must show, by a preponderance of the evidence, that parole is warranted; see Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
We considered your Form I-131 and personal statement, a letter from Dr. Ivana Radić of the clinical center in Novi Sad dated February 2027, MRI reports, a letter and cost estimate from the Phoenix institute, and a Form I-134 from your brother, Mr. Milan Stojkov, of Chicago, Illinois. Having weighed them, USCIS finds as follows:
• [[treatment-unavailable: Dr. Radić writes that removing a brainstem cavernoma "requires a highly specialized surgeon." The record does not show that neurosurgeons in Belgrade, Zagreb, Ljubljana or Vienna, all within a day's drive of Novi Sad, were asked to operate and declined, and wanting a particular surgeon in the United States is not the same as showing that treatment cannot be had closer to home.]]
• [[us-treatment-arranged: The letter from the Phoenix institute bears no named addressee, is signed by a patient coordinator rather than a surgeon, and calls Ms. Stojkov "a potential candidate for evaluation"; no surgeon there has looked at her scans or agreed to operate.]]
• [[financial-support: The institute's estimate of $148,000 covers the operation and five days in hospital but leaves out rehabilitation, later scans and lodging, and the only sponsor, Mr. Milan Stojkov, reports $47,000 in yearly income and supports three dependents of his own.]]
• [[temporary-stay: Ms. Stojkov's employment contract in Novi Sad ended in December 2026, the lease on your apartment there was not renewed, and you name no date for her return and describe no follow-up care in Serbia; taken together, these facts leave it unclear that she would depart once parole ended.]]
Each of these findings, standing alone, supports the denial.
This decision may not be appealed to the Administrative Appeals Office. You may file a motion to reopen or reconsider on Form I-290B, Notice of Appeal or Motion, within the period and with the fee its instructions state, or you may file a new Form I-131, with its fee and new evidence, at any time.
Kathleen Urbanski-Moore
Section Chief, Humanitarian Affairs
"""

C04 = """Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
""" + HQ + """
DECISION
Date: July 12, 2027
Receipt number: IOE2960418573
Requestor: Farhana Begum, Jamaica, New York
Beneficiary: Tasnim Rahman, Sylhet, Bangladesh
Part 1 -- The request
On March 8, 2027, Ms. Farhana Begum filed Form I-131 for her niece, Tasnim Rahman, a girl of five with Shone complex, asking that Tasnim be paroled for heart surgery at a children's heart center in Boston, Massachusetts. After reviewing the record, USCIS denies the request.
Part 2 -- The law we apply
A noncitizen may be paroled into the United States under section 212(d)(5)(A) of the Immigration and Nationality Act, for a temporary period and on an individual basis, where there are urgent humanitarian reasons or significant public benefit, and USCIS decides in its discretion whether to do so. The requestor bears the burden of showing that each required fact is more likely true than not. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
Part 3 -- What the record contains
The record holds the Form I-131, Ms. Begum's statement, a letter from Dr. Shahidul Alam, a pediatric cardiologist in Sylhet, dated November 20, 2026, an echocardiogram report dated October 3, 2026, the Boston heart center's letter and estimate of January 2027, Ms. Begum's Form I-134 with her tax returns, and a printout of an online fundraising page.
Part 4 -- Our findings
Surgery in Bangladesh and the region
[[treatment-unavailable: Dr. Alam writes that the repair Tasnim needs "is not routinely performed in Sylhet." That is not the question. Children's heart surgery is done at specialized centers in Dhaka, and large pediatric cardiac programs in Kolkata and Bengaluru take patients from Bangladesh, yet none of them appears in the record as having been asked.]]
Timing of the operation
[[medical-urgency: Because a request resting on the need for an operation must show that the operation is needed within the period of parole, an echocardiogram report from Sylhet dated October 3, 2026 that grades the narrowing as "moderate" and recommends a further look "in six to twelve months" does not show that Tasnim must have surgery now, and the record contains no later study.]]
The journey
[[travel-feasibility: Tasnim would fly from Sylhet through Dubai to Boston, some twenty hours in the air with connections. No physician addresses whether her present heart function permits such a trip or whether she will need oxygen on board, and the only person named to accompany her is her mother, who has no medical training.]]
Costs
[[financial-support: The Boston heart center estimates $215,000 for surgery and hospital care. Ms. Begum lists household income of $58,000 and savings of $11,400 on her Form I-134, and the fundraising page had raised $6,300 by the filing date. The record does not show
Decision -- IOE2960418573 -- Rahman -- 1/2
\fForm I-131 Decision, continued (page 2 of 2)
how the rest of the cost would be met, and the hospital has not agreed to reduce or forgive any part of it.]]
Part 5 -- Conclusion and options
For the reasons in Part 4, the requestor has not shown that Tasnim qualifies for parole, and USCIS also declines to exercise its discretion in her favor. The request is denied.
There is no appeal from this decision to the Administrative Appeals Office. A motion to reopen or reconsider may be filed on Form I-290B, Notice of Appeal or Motion, as its instructions describe. You may also submit a new Form I-131 with the filing fee and evidence that answers the findings above.
Sincerely,
Harold Ngata-Whitcombe
Adjudications Officer
"""

C05 = """DEPARTMENT OF HOMELAND SECURITY
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch, """ + HQ + """
NOTICE OF INTENT TO DENY
Date: August 13, 2027
Receipt number: IOE6427105938
To: Li Meifang, Des Moines, Iowa (requestor)
Regarding: Li Wenhua (beneficiary), Kunming, Yunnan Province, China
You asked that your brother, Li Wenhua, aged 47, be paroled into the United States to receive radionuclide therapy for metastatic paraganglioma at a cancer center in Iowa City, Iowa. Parole under section 212(d)(5)(A) of the Immigration and Nationality Act may be granted temporarily, on a case by case basis, for urgent humanitarian reasons or significant public benefit, and only in the exercise of discretion. You must establish eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). We have reviewed your Form I-131 and statement, the Form I-134 you signed, letters from Dr. Zhao Jun of Kunming dated March 2027, imaging reports, the Iowa City center's estimate, and a notarial certificate from Kunming. For the reasons that follow, we intend to deny the request.
[[medical-urgency: Dr. Zhao states that the tumor has spread to your brother's spine and liver, but the scans in the record are from February 2027, his letter of March 2027 reports that Mr. Li's blood pressure is controlled with medicine and that he still works part time, and no physician says how quickly the disease is progressing or what a delay of some months would mean for him.]] [[treatment-unavailable: In addition, the therapy the Iowa City center proposes, a radioactive drug given by infusion over four cycles, is described in your own exhibits as offered at hospitals in Shanghai, Beijing and Guangzhou, and you have not explained why Mr. Li could not be treated there.]]
[[financial-support: The Form I-134 you signed declares yearly income of $73,000, while the cancer center estimates $186,000 for four treatment cycles with the imaging and monitoring they require, and you do not say how the difference would be paid.]] [[security: The notarial certificate of no criminal record covers only 2019 to 2026, and a 2012 court notice attached to Mr. Li's household register refers to a criminal case against him that the request leaves unexplained.]]
You may answer this notice with a written rebuttal and further evidence. Your rebuttal must be in our hands no later than September 15, 2027; anything received after that date will not be considered, and the request will then be decided on the present record.
Sincerely,
Patrice Delacroix-Amadi
Adjudications Officer
"""

C06 = """Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
""" + HQ + """
DECISION
Date: September 20, 2027
Receipt number: IOE7318250946
Requestor: Grace Lyimo, Moshi, Kilimanjaro Region, Tanzania
Beneficiary: Baraka Elia Lyimo (age 5 months)
Ms. Lyimo:
You filed Form I-131 on April 14, 2027, asking that your son Baraka be paroled into the United States for surgery to correct an anomalous left coronary artery arising from the pulmonary artery (ALCAPA) at a children's hospital in Milwaukee, Wisconsin. USCIS has denied the request.
Parole is available under section 212(d)(5)(A) of the Immigration and Nationality Act, in USCIS's discretion, temporarily and one case at a time, for urgent humanitarian reasons or significant public benefit. It is the requestor who must show, by a preponderance of the evidence, that the request should be granted. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
On June 8, 2027, USCIS issued a request for evidence. It read, in part:
"Please submit evidence that the surgery Baraka needs cannot be performed in Tanzania or in a nearby country, including any referral that was made and the answer received."
"Please submit a statement from a physician on whether Baraka can safely make the journey to the United States and what medical support he would need on the way."
"Please submit a letter from the Milwaukee hospital confirming that it will operate on Baraka, with the planned date."
"Please submit evidence of how the costs of surgery, hospital care, travel and lodging will be paid."
Your response, received on August 27, 2027, included your letter, a letter from Baraka's pediatrician in Moshi dated August 2, 2027, a letter from the Milwaukee hospital dated July 30, 2027, a pledge from a church in Arusha, and a Form I-134 signed by a family friend in Milwaukee.
The hospital's letter of July 30, 2027 accepts Baraka for surgery in October 2027, and USCIS considers the third request answered. The other three remain open.
[[treatment-unavailable: As to the first request, the pediatrician in Moshi writes that "no pediatric cardiac surgery is done in the Kilimanjaro region." The request asked about Tanzania and nearby countries. A national cardiac institute in Dar es Salaam operates on infants, and nothing shows that Baraka was referred there or to a center in Nairobi, or that either one turned him away.]]
[[travel-feasibility: The second request went unanswered in substance. Your letter says that Baraka "will be fine on the plane with his mother," but no physician addresses his heart function or his need for oxygen, or whether an infant with heart failure can travel for more than twenty hours without a medical escort.]]
[[financial-support: On costs, the response adds a church pledge of $4,000 and a family friend's Form I-134 declaring income of $39,000 a year. The hospital puts the surgery and intensive care at $97,000, and the record names no source for most of that sum or for the flights and lodging.]]
With the first, second and fourth requests still unmet, the request is denied as a matter of eligibility and of discretion.
You cannot appeal this decision to the Administrative Appeals Office. A motion may be filed on Form I-290B, Notice of Appeal or Motion, under the form's instructions, or a new Form I-131 may be filed with the required fee and new evidence.
Thomasina Breckenridge
Adjudications Officer
"""

C07 = """OWUSU, Adwoa Serwaa -- IOE3308516274 -- RFE (Form I-131)
Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
""" + HQ + """
REQUEST FOR EVIDENCE
Issue date: October 5, 2027
Receipt number: IOE3308516274
Requestor: Kwabena Owusu, Kumasi, Ashanti Region, Ghana
Beneficiary: Adwoa Serwaa Owusu (age 2)
Mr. Owusu:
You asked USCIS to parole your daughter Adwoa into the United States for surgery on a sacrococcygeal teratoma that has returned after an operation in infancy, at a pediatric surgery center in Columbus, Ohio. The evidence does not yet permit a decision, and we ask you to provide more.
Section 212(d)(5)(A) of the Immigration and Nationality Act allows parole, in the discretion of the agency and temporarily, for urgent humanitarian reasons or significant public benefit, considering each request on its own facts. You carry the burden of proof and must show that what you claim is probably true. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
We have your Form I-131, your statement, a letter from Dr. Yaw Asante-Darko, a pediatric surgeon in Kumasi, dated June 21, 2027, an ultrasound report and blood test results from June 2027, an email from the Columbus center, and a Form I-134 from Mrs. Abena Owusu-Karikari of Columbus.
[[medical-urgency: Dr. Asante-Darko writes that the tumor has "recurred" and that Adwoa needs "further surgery," but he does not say whether the new growth is benign or malignant, how quickly it is growing, or what waiting could mean for her. The blood results from June 2027 are listed without any comment. Evidence you may send: an updated letter from the treating surgeon covering diagnosis, tumor markers, the expected course without surgery and how soon it should be done; a pathology report from the first operation; recent imaging.]]
[[treatment-unavailable: Dr. Asante-Darko performed Adwoa's first operation in Kumasi, and the file gives no reason why a second operation cannot be done there, in Accra, or at a children's surgical center elsewhere in West Africa. Evidence you may send: a statement from a surgeon explaining what the repeat operation requires that is lacking in Ghana, and the results of any referral to another hospital in the region.]]
[[us-treatment-arranged: The email from Columbus says that the surgical team is "happy to see Adwoa in clinic." Seeing a child in clinic and agreeing to operate on her are different things. Evidence you may send: a letter signed by the surgeon who would operate, stating that Adwoa is accepted for surgery and giving the plan, the expected dates and the length of treatment.]]
[[support-plan: Your statement says that you and Adwoa would stay "with family" in Columbus. Mrs. Owusu-Karikari's Form I-134 gives her address but says nothing about housing you, and the file is silent about who would drive Adwoa to the hospital, who would care for her after the operation while you are with her older brother, or how daily needs
Request for Evidence -- leaf 1 of 2
\fOWUSU, Adwoa Serwaa -- IOE3308516274 -- RFE (Form I-131)
such as food and diapers would be paid for. Evidence you may send: a signed statement from each person who will provide housing, transport or care, saying what each will do and for how long.]]
[[temporary-stay: You request parole for twelve months but describe no follow-up plan after surgery and say nothing about when you and Adwoa would go back to Ghana. Evidence you may send: a letter from a surgeon in Ghana agreeing to take over follow-up care after Adwoa's return, and evidence of your work, home or other ties in Kumasi.]]
Respond on or before the 70th day after the issue date printed above. Put this letter on top of your response and send all of it in one package to the address at the head of this letter. If you do not respond, or respond only in part, USCIS will decide the request on the record it has, which may lead to a denial.
Sincerely,
Oluwaseun Hartigan
Adjudications Officer
Request for Evidence -- leaf 2 of 2
"""

N08 = """USCIS CORRESPONDENCE -- PRODUCED FROM PARAGRAPH LIBRARY I-131/HP-RFE, VERSION 2027.2
Paragraph codes in square brackets are printed for internal reference and are not part of the letter.
Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
""" + HQ + """
REQUEST FOR EVIDENCE
Issue date: November 2, 2027
Receipt number: IOE7051839462
Requestor: Rosa Huamán Ccama, Arequipa, Peru
Beneficiary: Mateo Quispe Huamán (age 8)
[P-010 OPENING]
You filed Form I-131 asking that Mateo Quispe Huamán be paroled into the United States for treatment of heart failure due to Barth syndrome, including evaluation for a heart transplant, at a children's hospital in Pittsburgh, Pennsylvania. We need more evidence to decide the request.
[P-020 STANDARD]
Under section 212(d)(5)(A) of the Immigration and Nationality Act, parole may be granted, temporarily and on an individual basis, for urgent humanitarian reasons or significant public benefit. Parole is discretionary.
[P-030 BURDEN]
The requestor bears the burden of proof and must show each fact by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
[P-040 RECORD]
We reviewed: Form I-131; the requestor's statement; a letter from Dr. Hernán Villanueva Paredes, pediatric cardiologist, Arequipa, dated July 19, 2027; echocardiogram reports; an email from the Pittsburgh hospital's international office; Form I-134 from Mr. Efraín Ccama Soto; Mateo's birth certificate.
[P-050 LEAD-IN]
The paragraphs below describe the evidence still needed.
[E-MED-02]
[[medical-urgency: Dr. Villanueva's letter says that Mateo's heart function is "reduced" and that he tires easily, but it gives no measurement of heart function, no account of hospital admissions, and no opinion on what would happen if he were not evaluated for a transplant within the coming months. Please send an updated letter from Mateo's cardiologist giving those details, with the echocardiogram and hospital records behind it.]]
[E-TX-01]
[[treatment-unavailable: The request states that heart transplants for children are not performed in Arequipa. It does not address the national pediatric and cardiac institutes in Lima, which the file does not show were consulted, or centers in neighboring countries. Please submit a physician's statement on whether Mateo can be evaluated and, if needed, transplanted in Peru or a neighboring country, and the reasons if he cannot.]]
[E-US-03]
[[us-treatment-arranged: The email from Pittsburgh asks the family to forward records "for a possible second opinion." No physician there has agreed to evaluate or treat Mateo. Please send a letter, signed by a physician at the hospital, confirming that Mateo will be seen there, with the evaluation planned, any treatment that may follow and its likely duration.]]
HP-RFE IOE7051839462 p. 1/2
\fHP-RFE IOE7051839462 p. 2/2
[E-FIN-01]
[[financial-support: Mr. Ccama Soto declares yearly income of $44,000 on his Form I-134. The record holds no estimate of cost, and a transplant evaluation, and a transplant if one follows, would cost many times that income. Please submit the hospital's written estimate and evidence of how each part of the cost, and of travel and living expenses, will be paid.]]
[E-OTH-09 FREE TEXT]
[[other: Mateo's birth certificate names his father as Mr. Julio Quispe Mamani, who is not part of the request, and the file contains nothing indicating that he agrees to Mateo's travel to the United States. Please submit his signed and notarized consent, or a court order giving the requestor sole custody or authority to decide on Mateo's travel.]]
[P-090 RESPONSE]
Return this request with your response and send all the evidence together to the address above. Documents in Spanish must be accompanied by complete English translations certified by the translator.
[P-095 TIME]
The period allowed for your response is eighty-four days from the issue date shown above. The period cannot be extended. If we receive no response, the request may be denied as abandoned or decided on the present record.
[P-099 FEE]
If parole is approved, a parole fee under 8 U.S.C. 1804 may be payable before a travel document is issued, unless a statutory exception is shown to apply.
[SIG-01]
Ines Albright-Takahashi
Adjudications Officer
Paragraphs printed: 14
"""

N09 = """INTERNAL ROUTING SLIP -- REMOVE BEFORE MAILING
Drafted: 10/04/2027 -- officer K.M.
Reviewed: 10/06/2027 -- supervisory officer R.T.
Mail date: 10/08/2027
Disposition: DENY (4 reasons; 1 principal)
Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
""" + HQ + """
DECISION ON FORM I-131
Decision date: October 7, 2027
Receipt number: IOE4186027395
Requestor: Camila Soto Vera, Temuco, Araucanía Region, Chile
Beneficiary: Benjamín Huenchullán Soto (age 4)
Ms. Soto:
You asked USCIS to parole your son Benjamín into the United States for limb reconstruction for fibular hemimelia of the right leg at a limb deformity center in Baltimore, Maryland. USCIS denies the request. This decision states the principal reason first and then the additional reasons.
USCIS may parole a noncitizen, one case at a time and for a limited period, for urgent humanitarian reasons or significant public benefit under section 212(d)(5)(A) of the Immigration and Nationality Act, as a matter of discretion. The requestor must prove eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
The record contains your Form I-131 and statement, a letter from Dr. Felipe Araya Millalén, a pediatric orthopedic surgeon in Temuco, dated June 14, 2027, radiographs, a consultation letter and treatment plan from the Baltimore center dated July 2027, and a Form I-134 from Mr. Andrés Vera, your uncle, of Miami, Florida.
PRINCIPAL REASON
[[medical-urgency: Because parole is reserved for needs that are urgent, a reconstruction that Dr. Araya's letter of June 14, 2027 says "can be performed at any time before adolescence" and that the Baltimore plan schedules as elective does not present an urgent humanitarian reason, and no evidence suggests that waiting will harm Benjamín's condition.]]
ADDITIONAL REASONS
[[treatment-unavailable: Dr. Araya writes that he has treated children with the same condition in Temuco using external fixators, and no evidence indicates that limb lengthening or reconstruction is unavailable at children's hospitals in Santiago or elsewhere in Chile.]]
[[other-avenues: Chile participates in the Visa Waiver Program, and a scheduled elective operation is the kind of visit for which a visitor's travel authorization or a B-2 visa is designed. The request does not explain why Benjamín could not travel in one of those ways, or why parole, which is meant for cases that cannot wait for
IOE4186027395 | Denial | Page 1 of 2
\fordinary travel, is the right route for a planned procedure.]]
[[temporary-stay: The Baltimore plan describes a first lengthening of about six months and further surgery over "several years, until skeletal maturity," and the request does not say when Benjamín would return to Chile or who would continue his care there, so the stay it contemplates is not shown to be temporary.]]
The principal reason alone is sufficient to deny the request. Each of the additional reasons would also be sufficient, and together they lead USCIS to decline, in its discretion, to grant parole.
There is no appeal from this decision to the Administrative Appeals Office. You may file a motion on Form I-290B, Notice of Appeal or Motion, as its instructions allow, or a new Form I-131 with the fee and new evidence.
Sincerely,
Kevin Marchetti-Obi
Adjudications Officer
IOE4186027395 | Denial | Page 2 of 2
"""

N10 = """Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
""" + HQ + """
NOTICE OF INTENT TO DENY
Date of notice: December 6, 2027
Receipt number: IOE9573014628
Requestor: Giorgi Khalvashi, Batumi, Adjara, Georgia
Beneficiary: Ana Khalvashi (age 3 months)
Mr. Khalvashi:
You asked that your daughter Ana be paroled into the United States for treatment of Pierre Robin sequence with obstruction of her airway, including jaw distraction surgery, at a craniofacial program in Seattle, Washington. USCIS intends to deny the request.
Parole under section 212(d)(5)(A) of the Immigration and Nationality Act may be granted temporarily, case by case, for urgent humanitarian reasons or significant public benefit, and only as a matter of discretion. The requestor must establish each element by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
We reviewed your Form I-131 and statement, letters from Dr. Tamar Gogitidze, a pediatrician in Batumi, dated September 2027, a sleep study report, the Seattle program's acceptance letter of October 4, 2027, the Form I-134 of Mr. David Abashidze, Ana's birth certificate, and medical records in Georgian.
USCIS assesses medical parole requests against a worksheet of seven numbered factors. This notice keeps the worksheet's numbers. Factors 1 (diagnosis), 4 (acceptance by a United States provider) and 7 (identity and family relationship) are satisfied and are not discussed, so the numbering below is not continuous.
2. [[treatment-unavailable: Dr. Gogitidze writes that jaw distraction "is not offered in Batumi," but children's hospitals in Tbilisi treat infants with airway obstruction, and the request is silent on any referral there or to a center in Istanbul, a short flight away.]]
3. [[travel-feasibility: Ana breathes with the help of a tube through her nose and is fed by a gastric tube. The trip from Batumi through Istanbul to Seattle would take more than eighteen hours, and no physician states that she can safely make it, what equipment she would need, or who with medical training would go with her.]]
5. [[financial-support: Since a sponsor's promise can only be weighed against the full cost of care, the Form I-134 that Mr. Abashidze signed on August 9, 2027, reporting income of $64,000, cannot be assessed when the Seattle program's letter of October 4, 2027 gives no estimate for surgery, intensive care or feeding support.]]
6. [[documentation: Ana's birth certificate and her medical records from Batumi are in Georgian. The English versions you supplied were prepared by you and carry no translator's certificate, so they cannot be given weight.]]
You may send a written rebuttal with new evidence. It will be accepted through the thirtieth day after the date of this notice. Include a copy of this notice and mail your response to the address above. If nothing is received by then, USCIS will decide the request on the existing record.
Sincerely,
Rosalind Achterberg
Adjudications Officer
"""

NOTICES = [
    ("c01-numbered-rfe-2p", "rfe", "2027-02-09", "IOE5172093846", 84,
     ["IOE5172093846 -- Request for Evidence -- page 1 of 2", "Request for Evidence (continued) -- STRASSER, Jakob",
      "IOE5172093846 -- Request for Evidence -- page 2 of 2"], C01),
    ("c02-lettered-noid", "noid", "2027-04-19", "IOE8840261357", 33, [], C02),
    ("c03-bulleted-denial", "denial", "2027-06-03", "IOE1695304827", None, [], C03),
    ("c04-headed-denial-2p", "denial", "2027-07-12", "IOE2960418573", None,
     ["Decision -- IOE2960418573 -- Rahman -- 1/2", "Form I-131 Decision, continued (page 2 of 2)"], C04),
    ("c05-runon-noid", "noid", "2027-08-13", "IOE6427105938", 33, [], C05),
    ("c06-quoting-rfe-denial", "denial", "2027-09-20", "IOE7318250946", None, [], C06),
    ("c07-headers-rfe-2p", "rfe", "2027-10-05", "IOE3308516274", 70,
     ["OWUSU, Adwoa Serwaa -- IOE3308516274 -- RFE (Form I-131)", "Request for Evidence -- leaf 1 of 2",
      "Request for Evidence -- leaf 2 of 2"], C07),
    ("n08-library-codes-rfe-2p", "rfe", "2027-11-02", "IOE7051839462", 84,
     ["HP-RFE IOE7051839462 p. 1/2", "HP-RFE IOE7051839462 p. 2/2"], N08),
    ("n09-routing-slip-denial-2p", "denial", "2027-10-07", "IOE4186027395", None,
     ["IOE4186027395 | Denial | Page 1 of 2", "IOE4186027395 | Denial | Page 2 of 2"], N09),
    ("n10-factor-gaps-noid", "noid", "2027-12-06", "IOE9573014628", 30, [], N10),
]
