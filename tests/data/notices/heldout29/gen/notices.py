# Ten held-out notices (notices29, to become heldout29), written from scratch.
# Each entry: (name, kind, date, receipt, days to respond or None, furniture, text).
# Grounds are marked in place as [[category: ...]]; "\f" is a page break.

C01 = """U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

REQUEST FOR EVIDENCE

Notice Date: February 8, 2027
Receipt Number: IOE4418203957
Form: I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Requestor: Liis Kask
Beneficiary: Oskar Kask

Ms. Kask asks that her son Oskar, an infant of four months who lives with his parents in Tartu, Estonia, be paroled into the United States so that he can receive an umbilical cord blood transplant for infantile Krabbe disease at a children's hospital in Pittsburgh, Pennsylvania. The request reached this office on January 11, 2027.

Section 212(d)(5)(A) of the Immigration and Nationality Act lets the Secretary parole a noncitizen only for urgent humanitarian reasons or significant public benefit, and only as a matter of discretion. The party asking for parole has to prove each fact that the request depends on, and the standard is whether the fact is more likely true than not. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).

Ms. Kask sent a letter from a pediatric neurologist in Tartu, the result of Oskar's newborn screening, a short email from the transplant coordinator in Pittsburgh, a Form I-134 signed by Oskar's uncle, and copies of the family's passports. On that record, the office cannot yet reach a decision. The points on which more is required are numbered below, and each one closes with what would settle it.

1. [[medical-urgency: The neurologist's letter confirms the enzyme finding, but it was written when Oskar was eleven days old and reports nothing since then: no later examination, no brain imaging and no nerve conduction study. Because a transplant is usually offered only before signs of the disease appear, the office needs to know where Oskar stands today. Provide a current report from the treating neurologist describing his present condition and the period within which the transplant would still be of benefit.]]

2. [[treatment-unavailable: According to the request, no hospital in Estonia performs cord blood transplants on infants. The request is silent, however, about centers in other European Union states and in the Nordic countries, several of which treat leukodystrophies in very young children. Provide the letters sent to such centers and their replies, or a physician's explanation of the reasons none of them could treat Oskar in time.]]

3. [[us-treatment-arranged: The coordinator's email says only that the Pittsburgh team "would be happy to look at the medical file." That is an offer to look at the file, not an acceptance. Submit a signed letter from the transplant physician or the hospital confirming that Oskar has been accepted for treatment, stating whether a matching cord blood unit has been found or is still being sought, and giving the expected dates of admission and of discharge to outpatient care.]]

4. [[financial-support: On his Form I-134 the uncle reports wages of $58,000 a year and savings of $12,500. Ms. Kask's statement says that the hospital's preliminary estimate exceeds $600,000, but the estimate was not enclosed, and the file is silent on where the balance would be found. Submit the estimate itself and evidence of how the transplant and the family's months in Pittsburgh would be paid for, such as a signed promise from the hospital's financial assistance office, an insurer or a foundation, stating the sum each would
Kask / IOE4418203957 / sheet 1 of 2
\fRequest for Evidence, continued: Oskar Kask
put toward the cost.]]

5. [[documentation: Under 8 C.F.R. 103.2(b)(3), a document in a foreign language is to be filed together with a complete English translation that the translator certifies as complete and accurate, along with the translator's certification of competence to translate. Oskar's screening report and two pages of the neurologist's letter are in Estonian and were filed untranslated. Submit certified translations of each.]]

How to respond: place this notice on top of your reply and send everything in one package to the address shown on the envelope. Your response is due within 60 days of the date on this notice; because this notice is being mailed, 3 days are added to that period. If nothing arrives by then, the request will be decided on the papers already on file, and that may mean it is denied.

Gwendolyn Archuleta
Section Chief, Humanitarian Affairs Branch
Kask / IOE4418203957 / sheet 2 of 2
"""

C02 = """NOTICE OF INTENT TO DENY

U.S. Citizenship and Immigration Services
International and Refugee Affairs Division, Parole Unit

March 22, 2027

Receipt No.: IOE7731059248
Petitioner: Matej Kovac
Beneficiary: Neza Kovac
Re: Form I-131 requesting humanitarian parole

Mr. Kovac filed this request for his daughter Neza, who is six and lives in Maribor, Slovenia. Neza, whose diagnosis is Diamond-Blackfan anemia, has needed red cell transfusions every three to four weeks since infancy, and is proposed for a bone marrow transplant from an unrelated donor at a children's hospital in Cincinnati, Ohio.

The statute allows parole of a noncitizen abroad, one case at a time, when urgent humanitarian reasons or a significant public benefit support it, and even then the decision remains discretionary. INA 212(d)(5)(A). It is Mr. Kovac who must show, more likely than not, both that Neza's situation is urgent in this sense and that her case deserves a favorable exercise of discretion. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).

USCIS has studied the request and what came with it. It does not presently meet that burden, and USCIS proposes to deny it. The concerns that lead to this proposal are set out in the lettered paragraphs that follow.

(a) [[medical-urgency: Neza's transfusions have kept her stable for six years, and the hematologist in Maribor describes her present health as "satisfactory." The file does not explain what has changed to make a transplant necessary now rather than at a later date, and it includes no recent ferritin levels, liver iron measurement or other test results showing that iron overload or another complication is developing.]]

(b) [[treatment-unavailable: The University Medical Centre in Ljubljana carries out stem cell transplants in children, and the request offers no reason to think it could not perform this one. No letter from that center, and no opinion from a Slovenian physician, says that Neza was referred there or that she was turned down.]]

(c) [[support-plan: The Cincinnati hospital expects Neza to stay within an hour of its campus for a minimum of one hundred days once the transplant is done. The request does not say where she and her father would live during that time, how they would travel to the hospital's clinics several times a week, or who would look after her if Mr. Kovac became ill himself.]]

(d) [[other-avenues: Slovenian nationals are eligible for the Visa Waiver Program and may also seek B-2 visitor visas, which cover travel for medical care. Nothing in the file shows that the family applied for travel authorization or a visa, or explains why neither route would bring Neza here in time.]]

You may answer this notice with evidence and argument addressing each lettered paragraph. Your answer has to arrive within thirty (30) calendar days of this notice's date. No more time can be allowed. Should no answer come in that period, USCIS will decide the request on what it already holds.

Sincerely,

Teodor Vanterpool
Supervisory Adjudications Officer
"""

C03 = """DENIAL NOTICE

U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services

Date of Decision: April 14, 2027
Receipt: IOE2096643871
Application: Form I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Applicant: Zuzana Horvathova
Beneficiary: Samuel Horvath

Zuzana Horvathova applied on January 27, 2027 for parole of her grandson Samuel, a boy of three from Kosice, Slovakia. After a twisting of the bowel in his first week of life, Samuel lost most of his small intestine and now depends on nutrition given through a central venous line. The application seeks his admission for intestinal rehabilitation and possible transplantation at a medical center in Omaha, Nebraska. The application is denied.

A person seeking parole for urgent humanitarian reasons has to show that the facts support it, and that parole is warranted as a matter of discretion, by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). Parole, if granted, is an act of discretion and confers no status.

The record includes:

\u2022 a letter from Samuel's gastroenterologist at the children's hospital in Kosice dated December 2, 2026;
\u2022 an email from the intake office of the Omaha intestinal rehabilitation program;
\u2022 a Form I-134 from Ms. Horvathova's nephew in Cleveland, Ohio, with his tax return for 2025;
\u2022 a personal statement by Ms. Horvathova and copies of passports.

USCIS gave weight to each item above in reaching its decision. Even so, the record falls short in the following respects:

\u2022 [[us-treatment-arranged: The email from Omaha asks the family to forward Samuel's records so that his eligibility can be reviewed, and it promises nothing more. No physician in the program has examined the records, agreed to take Samuel as a patient, or described what treatment he would receive and for how long.]]
\u2022 [[travel-feasibility: Samuel's gastroenterologist notes that he has had three bloodstream infections of his central line in the past year. The application proposes a commercial flight of more than fifteen hours, with a connection in Frankfurt, but includes nothing from a physician on whether he could safely make it, how his intravenous feeding would be kept up during the journey, or which trained medical escort would accompany him.]]
\u2022 [[financial-support: The nephew's 2025 return shows income of $47,300, supporting a household of four. Intestinal rehabilitation, let alone transplantation, can cost many hundreds of thousands of dollars, and no estimate by the Omaha program is in the record, nor any commitment by any person, insurer or charity to pay for Samuel's care.]]
\u2022 [[temporary-stay: If Samuel were to receive a transplant, he would need close monitoring and drugs against rejection for the rest of his life. The application does not name a physician in Slovakia to assume that care, nor does it state when Samuel would return home.]]

This decision cannot be appealed to the Administrative Appeals Office, and USCIS will not consider a motion to reopen or reconsider it. Ms. Horvathova may file another Form I-131, with the fee in effect at the time and with evidence that answers the points above.

Renata Bolingbroke
Director, Parole Adjudications
"""

C04 = """DECISION

U.S. Citizenship and Immigration Services
Office of International Parole Operations

Decision Date: May 10, 2027
Receipt Number: IOE5580317462
Applicant: Gudrun Sigurdardottir
Beneficiary: Embla Jonsdottir

PROCEDURAL HISTORY

Gudrun Sigurdardottir filed Form I-131 on December 14, 2026 on behalf of her granddaughter Embla, aged two, of Akureyri, Iceland. Embla has a choroid plexus carcinoma, a malignant tumor of the brain, which was partly removed in Reykjavik in October 2026. The application asks that she be paroled for further surgery and high dose chemotherapy with stem cell rescue at a pediatric cancer center in Memphis, Tennessee. On February 2, 2027 USCIS requested additional evidence, and the applicant answered on April 6, 2027.

GOVERNING LAW

Parole rests on section 212(d)(5)(A) of the Immigration and Nationality Act. An applicant must establish, to the preponderance standard described in Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010), that an urgent humanitarian reason exists and that the beneficiary warrants a favorable exercise of discretion. USCIS weighs all evidence in the record, singly and as a whole.

ANALYSIS

Opinion of the Treating Oncologist

The request for evidence observed that the only medical letter in the file was unsigned and undated. The applicant has now supplied a signed and dated opinion from Embla's oncologist in Reykjavik, dated March 18, 2027, describing the residual tumor and the plan for further treatment. This concern has been fully met, and it plays no role in the present decision.

Availability of Treatment in the Nordic Region

[[treatment-unavailable: Iceland sends children who need complex cancer care abroad under agreements with hospitals in Scandinavia, and the oncologist's letter itself mentions that a center in Stockholm reviewed Embla's case in November 2026. Neither the response nor the letter reports what the Stockholm center advised, or whether it declined to operate, and no other Nordic center is shown to have been consulted.]]

Commitment of the Treating Center

[[us-treatment-arranged: The response includes a letter from a social worker at the Memphis center stating that Embla's case "is under consideration." A social worker's letter does not show that a surgeon or oncologist has accepted Embla. No treatment plan is in the record, nor any expected start date or estimate of how long the treatment would take.]]

Source of Payment

[[financial-support: Ms. Sigurdardottir states that the Icelandic health insurance system will pay for Embla's treatment in the United States. The record includes no decision or letter from the insurer approving treatment outside the Nordic agreements, and the Icelandic rules that the applicant herself placed in the record provide for payment abroad only when a referral has been approved in advance. Without such approval, there is nothing to show that any insurer would
Decision on Form I-131 / IOE5580317462 / p. 1 of 2
\fEmbla Jonsdottir / p. 2 of 2
pay the costs of surgery, chemotherapy and a stay that the oncologist puts at six months or more.]]

Length of Stay and Return

[[temporary-stay: Children treated for this tumor need imaging and examinations for years afterward. The application asks for parole of one year, but it does not describe who would follow Embla after she left Memphis, whether that care would take place in Iceland, or how the records and scans would be passed to her doctors there.]]

DISPOSITION

Since the four matters addressed above remain unresolved, the applicant has not met her burden, and the application is denied. This decision cannot be taken to the Administrative Appeals Office on appeal. A new Form I-131 application, with the required fee, may be filed at any time.

Ingeborg Castellanos
Field Office Director
"""

C05 = """NOTICE OF INTENT TO DENY

U.S. Citizenship and Immigration Services
Parole Processing Section

Issued on: June 1, 2027
Receipt Number: IOE3367094125
Requestor: Aoife Brennan
Beneficiary: Cian Brennan

Ms. Brennan requests humanitarian parole for her son Cian, aged two, of Galway, Ireland, who was diagnosed in March 2027 with juvenile myelomonocytic leukemia. She asks that he be admitted for an allogeneic stem cell transplant at a cancer center in Seattle, Washington.

Under INA 212(d)(5)(A), USCIS may parole a person temporarily for urgent humanitarian reasons or a significant public benefit; the decision is discretionary and turns on the facts of each request. The requestor bears the burden of proof, and the standard is a preponderance of the evidence, Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). The file contains a hematologist's report from Dublin, a one page letter from the Seattle center, a Form I-134 from Cian's godfather, and Ms. Brennan's declaration. Having weighed this material, USCIS intends to deny the request; the two paragraphs below explain why.

[[treatment-unavailable: Ireland's national pediatric hospital in Dublin performs stem cell transplants for children with leukemia, and Cian's own hematologist works there, yet her report does not say that Dublin cannot carry out this transplant or that the European registries were searched for a donor without success.]] [[us-treatment-arranged: In addition, the Seattle letter confirms only that a physician "has reviewed a summary" of Cian's case and would be "pleased to discuss" treatment; it does not accept him as a patient, propose a date for admission, or describe the conditioning and the donor source that would be used.]]

[[travel-feasibility: A child with this leukemia may have a very low platelet count and a large spleen, and the request proposes a flight from Dublin to Seattle by way of Chicago without any physician's opinion that Cian is fit to fly, without a medical escort, and without arrangements in case he bleeds or develops a fever in transit.]] [[financial-support: Beyond that, the godfather's Form I-134 shows earnings of $61,000 and savings of about $9,000, which cannot cover the center's deposit of $350,000 mentioned in Ms. Brennan's declaration, and no hospital assistance program, insurer or charity has put in writing that it would pay the rest.]]

Taken together, the gaps concerning the place of treatment, the Seattle center's commitment, the journey and the money leave the request short of what parole requires.

Ms. Brennan may answer with any evidence or explanation she wishes USCIS to consider. The answer must reach this office no later than June 29, 2027. A decision will be made on the present record if nothing is received by that day.

Laurentiu Okonkwo
Adjudications Officer
"""

C06 = """NOTICE OF DECISION

U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services

Date: August 3, 2027
Receipt: IOE8842150637
Applicant: Stavros Papadakis
Beneficiary: Eleni Papadaki

Stavros Papadakis applied for humanitarian parole for his daughter Eleni, eleven years old, who lives in Heraklion, Greece. Eleni was born with an Abernethy malformation, an abnormal vessel that carries blood from the bowel past the liver, and she now has shortness of breath that her doctors attribute to hepatopulmonary syndrome. The application seeks parole for closure of the abnormal vessel and evaluation for liver transplant at a children's hospital in Philadelphia, Pennsylvania. USCIS denies the application.

The applicant must prove by a preponderance of the evidence that Eleni qualifies for parole under INA 212(d)(5)(A) and that she should receive it as a matter of discretion. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).

On May 18, 2027, USCIS sent Mr. Papadakis a Request for Evidence that read, in relevant part:

"Submit a signed statement from Eleni's treating physician describing her current oxygen levels, the findings of any bubble study or lung scan, and the expected course if the vessel is not closed."
"Submit evidence that the vessel closure cannot be performed in Greece or elsewhere in the European Union."
"Submit a letter from the Philadelphia hospital confirming that Eleni has been accepted and describing the planned procedure."
"Submit evidence of how the cost of treatment, travel and living expenses will be paid."

The response, received July 9, 2027, contained a letter from a pediatric cardiologist in Heraklion dated June 30, 2027, an acceptance letter from the Philadelphia hospital's interventional radiology service, a cost estimate of $148,000, and a Form I-134 signed by Mr. Papadakis's brother in Astoria, New York. Each document was reviewed.

The hospital's acceptance letter answers the third request in full: it names the physician who will perform the closure, the planned date, and the follow up period. That request is satisfied, and this decision does not rest on it. The remaining requests were not satisfied, for the reasons that follow.

[[medical-urgency: The cardiologist's letter repeats that Eleni becomes breathless on exertion but gives no oxygen saturation values, mentions no bubble study or lung perfusion scan, and says nothing about what would happen to Eleni if closure were delayed. The office therefore cannot assess how pressing her need is.]]

[[treatment-unavailable: The response argues that closure of this kind of vessel is rare in Greece, but the only support for that statement is Mr. Papadakis's own letter. No physician states that hospitals in Athens or in other European Union countries were asked to treat Eleni, and interventional closure of abnormal vessels is performed at several pediatric centers in Europe.]]

[[financial-support: The estimate of $148,000 covers the hospital's charges only. According to the brother's Form I-134, his pay is $52,000 a year and his savings come to $6,400, and the response does not show how the remainder of the hospital charges, the flights, and the family's lodging in Philadelphia for the estimated eight weeks would be met.]]

Because these three points remain open, the application is denied. There is no appeal from this decision. Mr. Papadakis may file a new Form I-131 with the fee then in force and with evidence responding to each point.

Hollis Ferreira Adeyemi
Acting Chief, Parole Branch
"""

C07 = """IOE6019284573 | Request for Evidence | USCIS
U.S. Citizenship and Immigration Services
Humanitarian Parole Unit

Request for Evidence

Date of Notice: September 13, 2027
Receipt Number: IOE6019284573
Petitioner: Andreas Georgiou
Beneficiary: Nikolas Georgiou

Andreas Georgiou filed a Form I-131 on July 19, 2027 seeking parole for his son Nikolas, aged seven, of Limassol, Cyprus. Nikolas was born with congenital central hypoventilation syndrome: he stops breathing adequately in sleep and has needed a ventilator through a tracheostomy every night of his life. The request asks that he be allowed to enter for the implantation of diaphragm pacers at a children's hospital in Chicago, Illinois.

Section 212(d)(5)(A) of the Act permits USCIS to grant parole only where an urgent humanitarian reason or a significant public benefit is shown, and USCIS then decides whether discretion should be exercised in the beneficiary's favor. The petitioner must show the facts by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). Mr. Georgiou submitted a letter from a pulmonologist in Nicosia, a sleep study from 2023, an email from the Chicago hospital, and his own Form I-134.

The file is not complete enough to allow a decision. The four matters below need to be addressed, and the evidence that might address each is suggested after it.

[[medical-urgency: Nikolas has been ventilated safely at night for seven years, and the pulmonologist's letter does not explain why pacing has become urgent now. The only sleep study is four years old. Suitable evidence could include a recent sleep study, and a signed opinion of the treating pulmonologist on any recent decline and on the risks of waiting.]]

[[us-treatment-arranged: The email from Chicago, signed by a scheduling assistant, asks the family to "send imaging when available." Nothing in it indicates that a surgeon has consented to implant the pacers, when the operation would be performed, or how long the period of adjustment and training afterward would last. Suitable evidence could include a signed letter from the surgeon or the pacing program setting out the plan and its timing.]]

[[travel-feasibility: The request says that Nikolas would fly with his parents on a scheduled flight through Athens and New York. It does not say how his ventilator and oxygen would be powered and approved for use on board, or whether a nurse or respiratory therapist would travel with him, and the airline's approval of the medical equipment is not in the file. Suitable evidence could include the
Sheet 1 of 2
\fIOE6019284573 | Request for Evidence | USCIS
airline's medical clearance, and a statement from the pulmonologist that Nikolas can travel with the planned equipment and escort.]]

[[financial-support: Mr. Georgiou's Form I-134 lists his own salary of EUR 31,000 a year as the source of support, but no cost of the surgery, the pacers or the stay in Chicago appears anywhere in the file. Suitable evidence could include the hospital's cost estimate together with proof of funds, insurance or a charitable commitment sufficient to meet it.]]

Please return this notice with your response. USCIS must receive the response within 8 weeks counted from the notice date above. If the requested evidence is not received, the request will be decided on the evidence already submitted.

Beatrix Nwachukwu
Immigration Services Officer
Sheet 2 of 2
"""

N08 = """U.S. Citizenship and Immigration Services
International Operations, Parole Adjudication Unit

NOTICE OF INTENT TO DENY

Date: October 5, 2027
Receipt Number: IOE9150468231
Petitioner: Joseph Camilleri
Beneficiary: Maria Camilleri

Joseph Camilleri petitions for the parole of his daughter Maria, aged ten, from Mosta, Malta. Maria has tuberous sclerosis complex and epilepsy that medication has failed to control; the petition seeks her entry for surgery to remove the brain lesion thought to cause her seizures, at a comprehensive epilepsy center in New York City.

Parole under INA 212(d)(5)(A) is discretionary, and the petitioner must establish, by a preponderance of the evidence, that an urgent humanitarian reason exists and that discretion should be exercised favorably. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). USCIS proposes to deny the petition for the following reasons.

1. [[medical-urgency: The neurologist in Msida states that Maria has "frequent seizures," but the file contains no seizure diary, no recent electroencephalogram and no imaging report identifying the lesion to be removed. Without these, USCIS cannot judge whether surgery is indicated or how soon.]]

2. [[us-treatment-arranged: The New York center has written that Maria would need a presurgical evaluation, including video monitoring over several days, before any decision on surgery is made. The record therefore shows only a possible evaluation, not an agreement to operate, and no schedule for either step.]]

3. [[financial-support: Mr. Camilleri states that the Maltese health service will pay for Maria's care abroad. No letter from the health service or any other payer appears in the record, and the petitioner's own Form I-134 shows monthly income of about EUR 2,400, far below the cost of an evaluation and surgery at a private center in New York.]]

A response may be submitted with any evidence the petitioner considers relevant. Any response must be received within 33 days from the day this notice was issued, a period that includes 3 days for mailing. If none is received, the petition will be decided on the present record.

Elspeth Muradyan
Officer in Charge
Notice of Intent to Deny / IOE9150468231 / page 1 of 2
\fADDENDUM TO NOTICE OF INTENT TO DENY
Receipt No. IOE9150468231
Date: October 5, 2027

This addendum forms part of the notice issued on the same date. After that notice was signed, a check of the file brought to light a further matter, which is added to the reasons for the proposed denial.

4. [[discretion: The petition states that neither Maria nor her parents have ever been refused entry to any country. Records available to USCIS show, however, that Mr. Camilleri was refused a B-2 visa by the U.S. Embassy in Valletta in 2019. The petition does not mention that refusal or explain the answer given, and an unexplained misstatement in the petition is a negative factor when USCIS decides whether to exercise its discretion in Maria's favor.]]

The time for responding to this addendum is the same as that stated in the notice above; the addendum does not start a new period. Reasons 1 through 3 remain as stated.

Elspeth Muradyan
Officer in Charge
Addendum / IOE9150468231 / page 2 of 2
"""

N09 = """U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Parole Adjudications, International Operations

REQUEST FOR EVIDENCE

July 6, 2027

Receipt Number: IOE1405937286
Form: I-131
Requestor and beneficiary: Tomasz Wisniewski

Mr. Wisniewski, who is thirty eight and lives in Wroclaw, Poland, asks to be paroled into the United States for a liver transplant at a transplant center in Dallas, Texas. He has cirrhosis with hepatopulmonary syndrome and needs supplemental oxygen.

Parole for an urgent humanitarian reason is granted only in the exercise of discretion, under INA 212(d)(5)(A), and it falls to Mr. Wisniewski to prove his eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). The officer has examined the request, the letter from his hepatologist in Wroclaw, a cost estimate from the Dallas center, and a Form I-134 from his cousin in Houston. Each point on which further evidence is needed is stated below. Some points are followed by an officer's note, which is guidance on the form of the response and not an additional requirement.

[[treatment-unavailable: Poland has several centers that perform adult liver transplants, and the hepatologist's letter does not say whether Mr. Wisniewski was assessed by any of them, whether he is on the Polish waiting list, or why a transplant there would come too late. Submit the hepatologist's explanation and any decision of a Polish transplant center concerning him.]]

Note: A letter from the Polish center does not need to be on a particular form. A dated and signed letter on the center's letterhead is enough.

[[medical-urgency: The hepatologist describes oxygen levels "below normal" but gives no measured values, no MELD score and no result of the contrast echocardiogram or lung scan used to confirm the diagnosis. Submit those results and an opinion on how quickly the condition is expected to worsen.]]

Note: Results already sent with the request need not be sent again; the response may refer to them by date.

[[financial-support: The Dallas estimate of $590,000 must be paid before the evaluation can begin, according to its own terms. The cousin's Form I-134 reports $71,000 in yearly income and only minor savings, and the request names no other source. Submit evidence of funds, insurance, or a charity's or public payer's signed undertaking to meet the deposit and the balance.]]

Note: Amounts in Polish zloty may be stated in that currency, provided the source and date of any conversion rate used are given.

[[temporary-stay: A liver recipient needs close follow up for months after the operation and drugs to prevent rejection for life. The request seeks parole for a year, yet it leaves unexplained where Mr. Wisniewski would receive that care once he returned to Poland, or which physician there would take it over. Submit a letter from a Polish hepatologist or transplant center agreeing to assume his care after his return.]]

Your response must be received at this office by Friday, August 27, 2027. Send all the evidence at one time, with this notice on top. A request that is not answered by that date will be decided on the existing record.

Prudence Haddad
Supervisory Immigration Services Officer
"""

N10 = """U.S. Citizenship and Immigration Services
Humanitarian Parole Review Section

DECISION ON FORM I-131

Decision date: November 16, 2027
Receipt number: IOE7263018954
Applicant: Helmi Korhonen
Beneficiary: Helmi Korhonen

Ms. Korhonen, a resident of Oulu, Finland, aged forty seven, applied on August 30, 2027 for parole to undergo removal of a primary cardiac sarcoma at a heart surgery center in Houston, Texas, where surgeons would take out the heart, remove the tumor and then replace the heart. USCIS has reviewed the application and all of the documents filed with it, and the application is denied.

Parole is discretionary and may be granted only for urgent humanitarian reasons or significant public benefit. INA 212(d)(5)(A). The applicant must establish her eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).

The officer's assessment of each issue is summarized in the table below. Where the finding states that an issue is resolved, it did not contribute to the denial.

ISSUE\tFINDING
Medical need\tResolved. The cardiac surgeon's letter from Oulu University Hospital, with the MRI report and biopsy result, establishes the diagnosis and the need for prompt surgery.
Treatment in Finland or nearby\t[[treatment-unavailable: The surgeon's letter says that her hospital does not perform this operation, but it does not address the university hospital in Helsinki, which operates on cardiac tumors, or centers in Sweden and Norway, and the application does not show a referral of Ms. Korhonen to any of them.]]
Acceptance by U.S. surgeon\tResolved. The Houston surgeon's signed letter accepts Ms. Korhonen and proposes a date in January 2028.
Cost of treatment\t[[financial-support: The Houston center's estimate is $410,000. The application relies on a fundraising campaign that, according to the printout submitted, had collected EUR 38,000 by October 2027, and on a Form I-134 from a friend whose income is $44,000 a year. Neither is shown to be enough to pay for the surgery, the hospital stay and recovery in Houston.]]
Fitness to travel\tResolved. The Oulu surgeon states that Ms. Korhonen can travel on a scheduled flight with her husband.
Aftercare and return\t[[temporary-stay: After the operation Ms. Korhonen would need chemotherapy and repeated scans, and the application does not say whether these would be given in Houston or in Finland, how long she would remain in the United States, or which physician would be responsible for her care once she left Houston.]]

In sum, the unresolved rows above, considered together, leave the applicant's burden unmet, and the application cannot be approved.

This decision may not be appealed to the Administrative Appeals Office. Ms. Korhonen may submit a new Form I-131, with the filing fee in effect and with evidence on the unresolved issues.

Casimir Abernathy Oduya
Section Chief
"""

NOTICES = [
    ("c01-numbered-rfe-2p", "rfe", "2027-02-08", "IOE4418203957", 63,
     ["Kask / IOE4418203957 / sheet 1 of 2", "Request for Evidence, continued: Oskar Kask", "Kask / IOE4418203957 / sheet 2 of 2"], C01),
    ("c02-lettered-noid", "noid", "2027-03-22", "IOE7731059248", 30, [], C02),
    ("c03-bulleted-denial", "denial", "2027-04-14", "IOE2096643871", None, [], C03),
    ("c04-headed-denial-2p", "denial", "2027-05-10", "IOE5580317462", None,
     ["Decision on Form I-131 / IOE5580317462 / p. 1 of 2", "Embla Jonsdottir / p. 2 of 2"], C04),
    ("c05-runon-noid", "noid", "2027-06-01", "IOE3367094125", 28, [], C05),
    ("c06-quoting-rfe-denial", "denial", "2027-08-03", "IOE8842150637", None, [], C06),
    ("c07-headers-rfe-2p", "rfe", "2027-09-13", "IOE6019284573", 56,
     ["IOE6019284573 | Request for Evidence | USCIS", "Sheet 1 of 2", "Sheet 2 of 2"], C07),
    ("n08-addendum-noid-2p", "noid", "2027-10-05", "IOE9150468231", 33,
     ["Notice of Intent to Deny / IOE9150468231 / page 1 of 2", "Addendum / IOE9150468231 / page 2 of 2"], N08),
    ("n09-officer-notes-rfe", "rfe", "2027-07-06", "IOE1405937286", 52, [], N09),
    ("n10-issue-finding-denial", "denial", "2027-11-16", "IOE7263018954", None, [], N10),
]
