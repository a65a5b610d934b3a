# The ten notices of heldout23. Each ground is marked in place as
# [[category: ... ]]; gen/write.py strips the marks to write src/ and spec/.
# "FF" is a page break (form feed).
FF = "\f"

NOTICES = {}

NOTICES["c01-numbered-rfe-2p"] = dict(kind="rfe", date="2027-02-15", receipt="IOE0918273640",
  days=87, furniture=["I-131 Request for Evidence - IOE0918273640 - page 1", "I-131 Request for Evidence - IOE0918273640 - page 2"],
  text="""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
International Operations Division, Humanitarian Affairs Branch

REQUEST FOR EVIDENCE

Date: February 15, 2027
Receipt Number: IOE0918273640
Form: I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Petitioner: Aminata Ndiaye Sarr
Beneficiary: Cheikh Ousmane Sarr

On October 28, 2026, you filed a request that USCIS parole your brother, Cheikh Ousmane Sarr, a 31-year-old citizen of Senegal, into the United States so that he may receive treatment for acute myeloid leukemia, including a transplant of blood-forming cells from a donor.

Parole may be granted, in the discretion of the Secretary, case by case for urgent humanitarian reasons or significant public benefit. INA 212(d)(5)(A). You must establish eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). The material you sent so far leaves the following points open, and each is numbered below.

1. [[medical-urgency: The hematology note from Dakar is dated July 2026 and reports that Mr. Sarr had reached remission after two rounds of induction therapy. Nothing in the file describes his condition since then, whether the leukemia has come back, or why the transplant must happen within a particular period. Submit a current letter from his hematologist giving his present blood counts, the result of his latest marrow test, and the risk to him if the transplant is postponed.]]

2. [[treatment-unavailable: You say that no center in Senegal performs donor transplants. You have not addressed centers elsewhere in West Africa or in North Africa, including Morocco and Tunisia, or in France, where his physician trained. Explain whether any such center was contacted and, if so, provide its reply.]]

3. [[us-treatment-arranged: The letter from the transplant program in Seattle, Washington, confirms that his records were "received for review." It does not say that the program has accepted him, that a matched donor has been found, or when the transplant would take place. Provide a letter signed by the physician who would perform the transplant that sets out these matters.]]

4. [[financial-support: The Form I-134 you signed shows yearly earnings of $52,000 and savings of $9,400. The Seattle program's estimate puts the cost of a donor transplant at about $640,000 before travel and housing. You state that a diaspora association in New York "has pledged to help," but you submitted no letter from the association, no amount, and nothing showing that the funds exist. Submit
I-131 Request for Evidence - IOE0918273640 - page 1
""" + FF + """I-131 Request for Evidence - IOE0918273640 - page 2
proof of every source that will pay for the transplant and the stay, with the amount each will give.]]

5. [[support-plan: After a transplant, a patient must stay near the hospital for about one hundred days and have a caregiver with him at all times. You live in Columbus, Ohio, more than two thousand miles from Seattle. Explain where Mr. Sarr would live during those months, who would be his caregiver, and how he would travel to his daily appointments.]]

6. [[documentation: The marrow report and two of the blood test results are written in French, and no English version of them was sent. Submit a full English rendering of each, signed by a translator who certifies that it is faithful to the original and that he or she reads and writes both languages well.]]

Your response must be received within 87 days of the date of this notice (84 days plus 3 days for mailing). Return a copy of this notice on top of your response and send everything in one package. If you do not respond, we will decide the request on the record as it stands.

Sincerely,

Field Office Director
Humanitarian Affairs Branch
""")

NOTICES["c02-lettered-noid"] = dict(kind="noid", date="2027-04-05", receipt="IOE0364518207",
  days=33, furniture=[],
  text="""U.S. Citizenship and Immigration Services
International Operations Division

NOTICE OF INTENT TO DENY

April 5, 2027
Receipt Number: IOE0364518207
Requestor: Diego Armando Quishpe Tene
Beneficiary: Valentina Quishpe Morocho

You asked USCIS to parole your daughter, Valentina Quishpe Morocho, age nine months, a citizen of Ecuador, so that she can receive enzyme replacement therapy for infantile Pompe disease at a hospital in Durham, North Carolina.

USCIS may parole a person into the United States only case by case for urgent humanitarian reasons or significant public benefit, and only when the person merits a favorable exercise of discretion. You bear the burden of proof. We reviewed your Form I-131, the Form I-134 of Ms. Rosa Tene, the letters of Dr. Paúl Andrade of Quito dated December 2, 2026 and January 20, 2027, and copies of your daughter's birth record and passport. Based on this record, we intend to deny the request, and paragraphs (a) through (d) explain why.

(a) [[treatment-unavailable: Dr. Andrade's second letter states that Valentina began enzyme infusions in Quito in January 2027 under a program run by the drug's maker. The record does not explain why these infusions cannot go on in Ecuador, or what the hospital in Durham would give her that she is not already receiving at home.]]

(b) [[us-treatment-arranged: The only paper from Durham is an appointment confirmation for a "new patient consultation" on a date already past. No physician there has written to say that Valentina will be treated, how often, or for how long.]]

(c) [[financial-support: Ms. Tene's Form I-134 gives a yearly income of $31,000 for a family of four. A year of enzyme therapy for an infant runs to several hundred thousand dollars. Yet the record holds neither a cost estimate from the hospital nor any commitment from an insurer, charity or the drug's maker to meet that cost.]]

(d) [[travel-feasibility: Dr. Andrade's first letter describes her as breathing with help from a machine at night and fed by tube. You have not said how she would make the journey from Quito to North Carolina, whether a doctor or nurse would travel with her, or whether her doctors consider her able to fly.]]

You may submit evidence in rebuttal. Your response must be received within 33 days of the date of this notice (30 days plus 3 days for mailing). If we do not receive a response by then, we will decide the request on the present record.

Sincerely,

Chief, Parole Adjudications
International Operations Division
""")

NOTICES["c03-bulleted-denial"] = dict(kind="denial", date="2027-05-24", receipt="IOE0752049316",
  days=None, furniture=[],
  text="""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services

DECISION

Date: May 24, 2027
Receipt Number: IOE0752049316
Petitioner: Narek Hovhannisyan
Beneficiary: Anahit Hovhannisyan

Your Form I-131 asking that your mother, Anahit Hovhannisyan, age 58, a citizen of Armenia, be paroled into the United States for treatment of lupus nephritis has been reviewed. After careful consideration, the request is denied.

Parole is an extraordinary measure granted sparingly, case by case, for urgent humanitarian reasons or significant public benefit. The petitioner must prove by a preponderance of the evidence that the beneficiary qualifies and that she merits a favorable exercise of discretion. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

We reviewed:
- Form I-131 and your personal statement dated January 9, 2027
- Form I-134 signed by you
- a discharge summary from a hospital in Yerevan dated November 2026
- a letter from Dr. Lilit Sargsyan, rheumatologist, dated December 18, 2026

The request is denied for these reasons:

• [[treatment-unavailable: Dr. Sargsyan writes that your mother has received steroids and mycophenolate in Yerevan and that her kidney function "has not improved as hoped." Her letter does not say that any other treatment is unavailable in Armenia, and it does not mention dialysis, which the discharge summary shows is offered at the same hospital.]]
• [[us-treatment-arranged: You state that a kidney clinic in Glendale, California, will "take over her care," but you provided nothing from that clinic. No United States physician has set out a treatment plan or agreed to see her.]]
• [[temporary-stay: You wrote that your mother is a widow, that you are her only child, and that "she will be better off with family here." The record contains no plan for her to go back to Armenia or for a doctor there to continue her care after any treatment in the United States.]]

There is no appeal from this decision to the Administrative Appeals Office, and a motion to reopen or reconsider is not available. You may file a new Form I-131, with the required fee and any new evidence.

Sincerely,

Director, International Operations
""")

NOTICES["c04-headed-denial-2p"] = dict(kind="denial", date="2027-06-14", receipt="IOE0285136974",
  days=None, furniture=["Page 1 of 2", "Mensah - IOE0285136974 - Decision", "Page 2 of 2"],
  text="""U.S. Citizenship and Immigration Services
International Operations Division
Humanitarian Parole Unit

DECISION ON APPLICATION FOR PAROLE

June 14, 2027
Receipt Number: IOE0285136974
Applicant: Kwabena Osei Mensah
Beneficiary: Efua Mensah

You requested parole for your daughter, Efua Mensah, age 11, a citizen of Ghana, for surgery to replace the artery conduit placed in infancy to repair truncus arteriosus. We have denied the request for the reasons below.

Governing Standard
INA 212(d)(5)(A) permits parole only case by case for urgent humanitarian reasons or significant public benefit, and it remains discretionary. You must prove each element by a preponderance of the evidence.

Materials Considered
Form I-131; Form I-134 of Mr. Mensah; an echocardiogram report from Accra dated September 2026; letters of Dr. Yaw Boateng of Kumasi dated October 1, 2026 and March 3, 2027; an email from a children's hospital in Philadelphia, Pennsylvania, dated February 11, 2027.

Need for Prompt Surgery
[[medical-urgency: Dr. Boateng's March 2027 letter calls the conduit "narrowed" but adds that Efua attends school, plays, and takes no heart medicines. He does not give the degree of narrowing or say when the surgery should be done or what would happen if it waited a year or more.]]

Care Available in Ghana and Nearby
[[treatment-unavailable: A national cardiothoracic center in Accra performs open heart surgery on children, and the record shows that Efua had her first operation there. You have not explained why the same center, or a center in South Africa or Egypt, cannot replace the conduit.]]

Arrangements in the United States
[[us-treatment-arranged: The Philadelphia email says that the hospital's international office "would be glad to review" her records and lists the documents it needs. It is an offer to review, not an acceptance; no surgeon is named and no
Page 1 of 2
""" + FF + """Mensah - IOE0285136974 - Decision
date for surgery is given.]]

Payment for Treatment
[[financial-support: Mr. Mensah's Form I-134 reports an income of $46,000 and states that he supports three children of his own. No figure for the surgery, hospital stay, travel and housing was submitted, and no hospital, church or charity has committed funds toward any of these costs.]]

Conclusion
For the reasons above, you have not shown that Efua qualifies for parole, and the request is denied. This decision cannot be appealed to the Administrative Appeals Office. You may submit a new Form I-131 with the fee and new evidence.

Sincerely,

Section Chief, Humanitarian Parole Unit
Page 2 of 2
""")

NOTICES["c05-runon-noid"] = dict(kind="noid", date="2027-07-19", receipt="IOE0630591842",
  days=30, furniture=[],
  text="""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services

NOTICE OF INTENT TO DENY

Date: July 19, 2027
Receipt Number: IOE0630591842
Petitioner: Blanca Estela Benítez Ortiz
Beneficiary: Matías Benítez Ortiz

You filed Form I-131 seeking parole for your nephew, Matías Benítez Ortiz, a 14-year-old citizen of Paraguay with Duchenne muscular dystrophy, so that he may receive gene therapy at a hospital in Columbus, Ohio.

Parole is granted case by case for urgent humanitarian reasons or significant public benefit, and the requestor carries the burden of establishing eligibility. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). The file contains Form I-131, Form I-134, letters from Dr. Gustavo Riquelme of Asunción, a genetic test report, and a personal statement.

USCIS intends to deny the request. [[medical-urgency: Dr. Riquelme's letters describe the course of the disease, which took away the boy's ability to walk two years ago, but they give no prognosis and do not say why the gene therapy must be given now rather than later, or what it is expected to change for a boy of fourteen.]] [[us-treatment-arranged: Moreover, the Columbus hospital's letter says only that Matías has been "added to our evaluation list" and does not say that he meets the hospital's criteria or that a treatment date exists.]]

[[financial-support: According to your Form I-134 you earn $27,500 a year, and you write that the family will "raise money as needed," although a single dose of this therapy is priced in the millions of dollars and no insurer or charity is named.]] [[travel-feasibility: Additionally, Dr. Riquelme notes that Matías uses a wheelchair and needs a breathing machine at night, and nothing in the file explains how he would manage a journey of over twelve hours by air or who would go with him.]]

You may submit additional evidence or argument. Your response must be received within 30 days of the date of this notice. If you do not respond, the request will be decided on the evidence now in the file.

Sincerely,

Director, International Operations
""")

NOTICES["c06-quoting-rfe-denial"] = dict(kind="denial", date="2027-08-30", receipt="IOE0471830596",
  days=None, furniture=[],
  text="""U.S. Citizenship and Immigration Services
International Operations Division

DECISION

Date: August 30, 2027
Receipt Number: IOE0471830596
Petitioner: Yassine Ben Salah
Beneficiary: Mariem Ben Salah

You filed Form I-131 on behalf of your sister, Mariem Ben Salah, age 36, a citizen of Tunisia, seeking parole for a liver transplant for Budd-Chiari syndrome. The request is denied.

The petitioner must show by a preponderance of the evidence that the beneficiary is eligible for parole and merits it as a matter of discretion. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

On May 10, 2027, we sent you a request for evidence. We asked you, among other things, to submit:
"A letter from a transplant center in the United States confirming that Ms. Ben Salah has been evaluated and listed, or will be, with the expected date of the operation."
"Evidence that liver transplantation is not available to her in Tunisia or in a nearby country."
"Evidence of who will pay for the transplant, the medicines that must follow it, and her stay."

Your response arrived on July 28, 2027. It included a second letter from Dr. Hela Trabelsi of Tunis, a bank letter for an account in your name, and a printout of a transplant center's web page.

We have reviewed the response, and it does not overcome the concerns stated in the request.

[[treatment-unavailable: Dr. Trabelsi's second letter says that liver transplants in Tunisia are "few" and that waiting times are long. It also says that a center in Tunis performs the operation, and it does not state that Ms. Ben Salah was referred there or refused. Nothing addresses centers in France or Türkiye, to which Tunisian patients are often referred.]]

[[us-treatment-arranged: A printout of a web page describing a transplant program in Pittsburgh, Pennsylvania, is not evidence that the program has evaluated Ms. Ben Salah or will list her. No letter from any United States transplant center was submitted.]]

[[financial-support: The bank letter shows a balance of $21,300. A liver transplant and the first year of anti-rejection medicines cost far more, and the response names no other source of payment.]]

Because the response did not resolve these concerns, the request remains denied.

You cannot appeal this decision to the Administrative Appeals Office. You may file a new Form I-131 with new evidence and the fee.

Sincerely,

Director, International Operations Division
""")

NOTICES["c07-headers-rfe-3p"] = dict(kind="rfe", date="2027-09-20", receipt="IOE0806257413",
  days=87, furniture=["USCIS International Operations | RFE | IOE0806257413", "Page 1 of 3", "Page 2 of 3", "Page 3 of 3"],
  text="""USCIS International Operations | RFE | IOE0806257413
U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services

REQUEST FOR EVIDENCE

September 20, 2027
Receipt Number: IOE0806257413
Form I-131
Petitioner: Nurul Aisyah binti Rahman
Beneficiary: Muhammad Irfan bin Rahman

You asked that your son, Muhammad Irfan bin Rahman, age 7, a citizen of Malaysia, be paroled into the United States for treatment of recessive dystrophic epidermolysis bullosa, a skin disease that causes blistering and wounds, with a gene-corrected skin graft.

Parole is decided case by case for urgent humanitarian reasons or significant public benefit, and you must show by a preponderance of the evidence that your son qualifies. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). We have your Form I-131, a Form I-134, photographs, a clinic note from Kuala Lumpur, and an email from a university hospital in California.

We need more evidence on the points below before we can decide.

[[medical-urgency: The clinic note from Kuala Lumpur is two lines long and gives the diagnosis only. It says nothing of how much of your son's skin is affected, whether he has infections or other complications, or why the graft is needed now. Evidence may include a detailed letter from his dermatologist, his recent hospital records, and a description of his wounds and current care.]]

[[treatment-unavailable: You state that the graft is "only done in America." The record does not show whether wound care, infection treatment or other therapies for this disease are given in Malaysia or Singapore, or whether your son's doctors have asked whether any center outside the United States can offer the graft. Evidence may include letters from the treating doctors or hospitals on what they can and cannot provide.]]

[[us-treatment-arranged: The California email is from a research coordinator and says your son "may be screened" for a clinical study. Being screened for a study is not the same as being accepted for treatment. Evidence may include the principal investigator's own letter stating that your son
USCIS International Operations | RFE | IOE0806257413
Page 1 of 3
""" + FF + """USCIS International Operations | RFE | IOE0806257413
qualifies, the dates of treatment and follow-up visits, and what costs the study will bear.]]

[[financial-support: Your cousin in San Jose signed the Form I-134; he reports an income of $61,000 and a household of five. It does not explain how months of wound dressings, hospital visits, travel and lodging would be paid for. Evidence may include cost estimates from the hospital, bank statements, and written pledges from any other persons or organizations that will help.]]

[[support-plan: Your son's skin must be dressed every day, and infection must be kept away. You have not told us where he would live, who would change his dressings, or what transport would bring him to his hospital visits. Evidence may include the host's own statement describing the home and the daily care he will get.]]

[[temporary-stay: The record does not show that your son would return to Malaysia after treatment or that a doctor there will take over his care. Evidence may include a letter from his
USCIS International Operations | RFE | IOE0806257413
Page 2 of 3
""" + FF + """USCIS International Operations | RFE | IOE0806257413
dermatologist in Malaysia agreeing to follow him on return, and your plans for the journey home.]]

Your response must be received within 87 days of the date of this notice (84 days plus 3 days for mailing). Please send all the evidence at once, with this notice on top. We will decide the request on the record if we do not receive a response.

Sincerely,

Supervisory Adjudications Officer
International Operations
USCIS International Operations | RFE | IOE0806257413
Page 3 of 3
""")

NOTICES["n08-memo-titled-noid"] = dict(kind="noid", date="2027-10-11", receipt="IOE0159384720",
  days=33, furniture=[],
  text="""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
International Operations Division

MEMORANDUM: NOTICE OF INTENT TO DENY

TO: Levan Kapanadze, Petitioner
FROM: Humanitarian Parole Adjudications Section
DATE: October 11, 2027
RE: Form I-131, Receipt Number IOE0159384720; Beneficiary Tamar Kapanadze

This memorandum tells you that USCIS intends to deny your request for parole of your wife, Tamar Kapanadze, age 42, a citizen of Georgia living in Tbilisi, for treatment of severe Crohn's disease with a fistula. Each concern is set out below under a short title. You may answer each one.

Parole is granted only case by case for urgent humanitarian reasons or significant public benefit, and the petitioner bears the burden of showing eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). We reviewed your Form I-131, your Form I-134, a letter from Dr. Nino Beridze of Tbilisi dated June 4, 2027, a colonoscopy report, and your statement.

TREATMENT IN GEORGIA
[[treatment-unavailable: Dr. Beridze writes that your wife receives a biologic medicine by infusion every eight weeks in Tbilisi and that surgery for the fistula "could be considered." Her letter does not say that Georgian surgeons are unable to operate on the fistula, and hospitals in Türkiye and Armenia, a short journey from Tbilisi, perform it.]]

NO UNITED STATES PROVIDER
[[us-treatment-arranged: You name a colorectal surgeon in Houston, Texas, in your statement, but nothing from the surgeon or the hospital is in the record.]]

HOUSING AND CARE
[[support-plan: You live in a shared apartment in Brooklyn, New York, and work night shifts. You have not said where your wife would stay in Houston during surgery and recovery, who would care for her, or who would drive her to each appointment.]]

PRIOR VISA REFUSAL
[[other-avenues: Your wife was refused a visitor visa in Tbilisi in March 2027. The request does not explain why she could not apply again for a visa for medical treatment with the evidence now submitted, or why parole is the only way for her to come.]]

You may submit a response with evidence. Your response must be received within 33 days of the date of this notice (30 days plus 3 days for mailing). Without a response, we will decide the request on the present record.

Humanitarian Parole Adjudications Section
International Operations Division
""")

NOTICES["n09-inline-enumerated-denial"] = dict(kind="denial", date="2027-11-08", receipt="IOE0593017268",
  days=None, furniture=[],
  text="""U.S. Citizenship and Immigration Services
International Operations Division

DECISION

Date: November 8, 2027
Receipt Number: IOE0593017268
Petitioner: Rosa Elvira Huamán Quispe
Beneficiary: Joaquín Huamán Ccori

You filed Form I-131 asking that your grandson, Joaquín Huamán Ccori, age 5, a citizen of Peru, be paroled into the United States for surgery to correct bone deformities caused by osteogenesis imperfecta. We have denied the request.

Parole is available case by case for urgent humanitarian reasons or significant public benefit. The petitioner must prove eligibility by a preponderance of the evidence, and even a petitioner who does so may be denied as a matter of discretion. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

We considered Form I-131, your Form I-134, X-ray reports from Cusco, a letter from Dr. Wilfredo Condori of Lima dated May 12, 2027, and your letter explaining the request.

The request is denied because (1) [[treatment-unavailable: Dr. Condori states that Joaquín has been given bisphosphonate infusions in Lima and that children's hospitals in Lima perform rodding surgery on the long bones, and no document in the file says why he cannot have that surgery in Peru]]; (2) [[us-treatment-arranged: no United States surgeon or hospital has agreed to operate on him, and the "referral" you submitted is an unsigned form that you completed yourself]]; (3) [[financial-support: your Form I-134 reports a monthly pension of $1,150, and you have not shown how surgery, weeks in the hospital, rehabilitation and lodging would be paid for]]; and (4) [[travel-feasibility: you have not explained how a child who, according to the X-ray reports, has had eleven fractures in two years, including two during car journeys, could travel safely from Cusco to the United States, or who would go with him]].

This decision is final. You may not appeal it to the Administrative Appeals Office. You may file a new Form I-131, with the fee, if you have new evidence.

Sincerely,

Director, International Operations Division
""")

NOTICES["n10-item-headings-rfe-2p"] = dict(kind="rfe", date="2027-12-13", receipt="IOE0847260135",
  days=87, furniture=["IOE0847260135 (Otieno) - RFE, page 1 of 2", "IOE0847260135 (Otieno) - RFE, page 2 of 2"],
  text="""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
International Operations Division

REQUEST FOR EVIDENCE

Date: December 13, 2027
Receipt Number: IOE0847260135
Form: I-131
Petitioner: Grace Akinyi Otieno
Beneficiary: Brian Ochieng Otieno

You seek parole for your son, Brian Ochieng Otieno, age 19, a citizen of Kenya, for treatment of severe burn scars that have drawn his neck and right arm into fixed positions, through a series of release operations and skin grafts.

Parole may be granted case by case for urgent humanitarian reasons or significant public benefit. You must prove by a preponderance of the evidence that Brian qualifies. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). Along with the application you sent a Form I-134, photographs, a letter from Dr. Peter Kamau of Nairobi, a letter from a burn center in Cincinnati, Ohio, and a church letter.

The evidence now in the file does not establish eligibility. We set out our concerns under four items below. Please answer every concern.

Item 1 of 4: The surgeon's opinion
[[medical-urgency: Dr. Kamau's letter is dated March 2025 and states that the injury happened in 2023. It does not describe how Brian is now, whether the scars are still tightening, or what Brian stands to lose if the surgery is put off. Please provide a recent letter from his surgeon that answers these points, with his most recent clinical notes.]]

Item 2 of 4: Surgery in Kenya and the region
[[treatment-unavailable: Hospitals in Nairobi, Kampala and Addis Ababa perform release operations and grafts for burn scars. Dr. Kamau's letter does not say that Brian was turned away by any of them. Please explain why he cannot be treated in Kenya or a nearby country, with letters from the hospitals you approached.]]

Item 3 of 4: The Cincinnati burn center
[[us-treatment-arranged: The burn center's letter says that it provides free care to children "up to age eighteen." Brian is 19. The letter does not say the center has made an exception for him or name the surgeon who would operate. Please provide a letter from the center confirming
IOE0847260135 (Otieno) - RFE, page 1 of 2
""" + FF + """IOE0847260135 (Otieno) - RFE, page 2 of 2
that it will treat Brian, the planned operations and their dates, and who will bear the cost.]]

Item 4 of 4: Lodging and the length of stay
[[support-plan: The church letter offers Brian "a room when needed" in Dayton, an hour from Cincinnati, but does not say who would take him to Cincinnati for each operation or look after him while he heals.]] [[temporary-stay: The record also gives no total length for the series of operations and no date by which Brian would go back to Kenya. Please provide the schedule of treatment and a plan for his care in Kenya afterward.]]

Your response must be received within 87 days of the date of this notice (84 days plus 3 days for mailing). Send all the evidence together with a copy of this notice. If you do not respond, we will decide the request on the present record.

Sincerely,

Field Office Director
International Operations Division
""")
