# The ten notices of notices27, written from scratch. Each ground is marked
# in place as [[category: ...]]; gen/write.py strips the marks, writes
# src/NAME.txt and spec/NAME.spec.json, and checks the cut.
# Tuple: (name, kind, date, receipt, days to respond or None, furniture, text)

C01 = """U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
Washington, DC 20529

REQUEST FOR EVIDENCE

Date of Notice: February 11, 2027
Receipt Number: IOE2741068395
Form: I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Requestor: Alena Kavalchuk
Beneficiary: Maksim Kavalchuk

Dear Ms. Kavalchuk:

On December 2, 2026, you asked USCIS to parole your son, Maksim Kavalchuk, a four-year-old citizen of Belarus, so that he may be assessed and treated by an intestinal rehabilitation program at a children's hospital in Omaha, Nebraska. According to the filing, Maksim lost most of his small bowel shortly after birth when his intestine twisted, now has short bowel syndrome, and has been fed through a central venous catheter at home in Hrodna ever since.

The Secretary of Homeland Security may, as a matter of discretion, permit a person outside the United States to come in temporarily on parole, case by case, for urgent humanitarian reasons or significant public benefit. See INA 212(d)(5)(A) and 8 U.S.C. 1182(d)(5)(A). The person asking for parole bears the burden of showing, by a preponderance of the evidence, that such a reason exists and that the beneficiary deserves a favorable exercise of discretion. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). Evidence meets that standard when it shows the claim to be more likely true than not. Meeting it does not oblige USCIS to grant parole.

The file now contains your Form I-131 and personal statement; Maksim's passport and birth certificate; a discharge summary from the regional children's hospital in Hrodna; a letter dated September 14, 2026 from Dr. Tatsiana Lazarchyk, a pediatric gastroenterologist; an email from the Omaha program's intake coordinator; and the Form I-134 that Siarhei Pashkevich of Des Moines, Iowa signed as sponsor. We cannot decide the request on this record. Please send the evidence described in each of the five items that follow.

1. [[medical-urgency: The only medical opinion in the file is Dr. Lazarchyk's letter of September 14, 2026, which calls Maksim "clinically stable on parenteral support" and says nothing of how often his catheter has become infected, how his liver is tolerating years of intravenous feeding, or what is likely to happen to him if he is not seen in Omaha in the coming months. Submit a recent letter from the physician now treating him that sets out his present condition, his most recent laboratory results, and the medical consequences of further delay.]]

2. [[treatment-unavailable: The discharge summary shows that Maksim's first operations were performed at the national pediatric surgery center in Minsk. Your filing does not say whether that center, or a hospital in Moscow or Saint Petersburg, could provide the bowel lengthening surgery and nutritional rehabilitation the Omaha program proposes. Provide evidence, such as letters from those centers or from the health authorities of Belarus, explaining why Maksim cannot obtain the treatment he needs there.]]

3. [[travel-feasibility: Maksim is connected to an infusion pump for as many as eighteen hours a day. The request is silent on how he would get from Hrodna to Omaha, a journey with at least two connecting flights, carrying his pump, fluids and catheter supplies, or who would care for the line on the way. Describe the travel arrangements and include a statement from his physician that he can make the journey safely, and on what conditions.]]

4. [[financial-support: Mr. Pashkevich's Form I-134 declares an annual income of $58,400, which supports a household of five. The intake coordinator's email puts the cost of a first three-week inpatient evaluation at $165,000, before any surgery, and gives no figure for the care that would follow. Submit an itemized estimate from the hospital covering the whole course of treatment, together with evidence of who will
Receipt IOE2741068395 | Page 1 of 2
\fRequest for Evidence -- Maksim Kavalchuk (continued)
pay it, for example statements of bank accounts, a charity's signed commitment, or a letter from the hospital agreeing to a reduced charge or a payment plan. Show also how housing, food and local travel for Maksim and his mother would be paid for during the stay.]]

5. [[documentation: The discharge summary, the birth certificate and several laboratory reports are in Russian or Belarusian. The English versions you supplied carry no statement from the person who prepared them certifying that each English version is full and correct or stating the translator's command of both languages. Submit complete English translations of every document in a foreign language, each with the translator's certification required by 8 C.F.R. 103.2(b)(3).]]

Your response must be received at the address shown above within 63 days after this notice was issued: that is, 60 days to respond and 3 more days because the notice was sent by mail. Send everything in one package, with this notice on top. USCIS will not grant more time. If no response arrives by then, the request may be denied as abandoned or decided on the record as it now stands.

Sincerely,

Daniel P. Whitcombe
Chief, Parole Adjudications Section
Humanitarian Affairs Branch
Receipt IOE2741068395 | Page 2 of 2
"""

C02 = """U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

NOTICE OF INTENT TO DENY

April 6, 2027

Receipt No.: IOE5830172946
Petitioner: Desislava Georgieva
Beneficiary: Nikolay Petrov
Application: Form I-131, request for humanitarian parole

Dear Ms. Georgieva:

You filed a request on November 18, 2026 for parole of your nephew, Nikolay Petrov, a 19-year-old citizen of Bulgaria living in Plovdiv. The request explains that Nikolay was born with Diamond Blackfan anemia, has needed red cell transfusions about every three weeks since infancy, and now has iron overload affecting his heart. It asks that he be allowed to come to Houston, Texas for a bone marrow transplant at an adult blood and marrow transplant program.

Parole under INA 212(d)(5)(A) is granted only case by case, for urgent humanitarian reasons or significant public benefit, and only where the beneficiary also warrants a favorable exercise of discretion. You must establish both points by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). USCIS has examined the Form I-131, your statement, Nikolay's passport, a letter from his hematologist at a university hospital in Plovdiv dated October 30, 2026, transfusion records for 2025 and 2026, a letter from the Houston program dated January 19, 2027, and your Form I-134 with your 2025 tax return.

Having done so, USCIS intends to deny the request. The evidence falls short in the respects listed below as (a) through (d).

(a) [[treatment-unavailable: Marrow transplants for this form of anemia are carried out at a hematology hospital in the Bulgarian capital, and the national health insurance fund may authorize treatment in another country of the European Union when it cannot be given in Bulgaria. Nothing shows that Nikolay was assessed by the transplant team in the capital, that a referral elsewhere in Europe was sought and refused, or that European centers are unable to treat him.]]

(b) [[us-treatment-arranged: The Houston program's letter of January 19, 2027 says that it "would be pleased to review Mr. Petrov's records" after his arrival. Agreeing to look at records once he has arrived is not the same as accepting him for a transplant. The letter names no donor, does not say whether a search of the donor registries has begun, and gives neither an admission date nor an estimate of the time he would spend in hospital.]]

(c) [[security: Information available to USCIS indicates that Nikolay was detained by police in Plovdiv in August 2025 during a robbery investigation. The request does not mention this, and no court record or police certificate was supplied to show how the matter ended. Without that information, USCIS cannot conclude that his presence would raise no public safety concern.]]

(d) [[travel-feasibility: The Plovdiv hematologist describes heart strain from iron overload and a hemoglobin that falls quickly between transfusions. No physician has said that Nikolay can safely make a trip of more than fifteen hours by way of Frankfurt, whether a transfusion would be needed just before departure, or whether a medical escort should travel with him.]]

You have thirty (30) days, counted from the notice date above, to submit evidence or argument that overcomes the reasons above. Mail it to the office named at the top of this notice and include a copy of this notice. If USCIS receives nothing within that time, a decision will be made on the present record.

Sincerely,

Karen M. Alderete
Supervisory Adjudications Officer
"""

C03 = """Department of Homeland Security
U.S. Citizenship and Immigration Services

DECISION

Date: May 20, 2027
Receipt Number: IOE6604829153
Petitioner: Priya Beeharry
Beneficiary: Vikash Ramdharry

Dear Ms. Beeharry:

This letter concerns the Form I-131 you filed on February 3, 2027 asking that your father, Vikash Ramdharry, a citizen of Mauritius aged 58 who lives in Curepipe, be paroled into the United States. He has been diagnosed with a melanoma inside his right eye (uveal melanoma), and you ask that he be treated with plaque radiation at an eye cancer service in Philadelphia, Pennsylvania. After reviewing the record, USCIS has decided to deny the request.

The Secretary of Homeland Security may parole a person into the United States temporarily, case by case, for urgent humanitarian reasons or significant public benefit. INA 212(d)(5)(A). The petitioner must prove eligibility by a preponderance of the evidence, Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010), and even an eligible request may be denied in the exercise of discretion.

The record includes:

\u2022 your Form I-131 and your statement dated January 8, 2027;
\u2022 Mr. Ramdharry's passport;
\u2022 a letter from his ophthalmologist in Moka dated December 11, 2026, with an ultrasound report of the right eye;
\u2022 your Form I-134, with your tax transcripts for 2024 and 2025.

USCIS reached its decision for these reasons:

\u2022 [[other-avenues: In Mr. Ramdharry's passport is a ten-year B1/B2 visa that the embassy at Port Louis issued in 2023. A visitor may enter the United States to receive medical care, and the request gives no reason why he cannot travel on the visa he already has. Parole is not a substitute for a visa the beneficiary holds.]]
\u2022 [[us-treatment-arranged: The Philadelphia service has not agreed to treat him. Its only communication in the record is an automatic reply acknowledging an appointment request made online. No physician there has looked at his scans, said that plaque radiation suits a tumor of his size, or offered a date.]]
\u2022 [[financial-support: Your tax transcripts show household income of $61,900 for 2025, and you report rent and two children at home. No estimate was provided for the radiation, the operations to place and remove the plaque, or the follow-up scans, so USCIS cannot tell whether the funds you offer would be enough.]]

A decision on a parole request cannot be appealed to the Administrative Appeals Office, and USCIS does not accept a motion to reopen or reconsider it. You may file a new Form I-131, with the fee then in force and the evidence described above.

Sincerely,

Thomas R. Engstrom
Director, International Adjudications Support
"""

C04 = """U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services

DECISION ON REQUEST FOR PAROLE

Date: July 14, 2027
Receipt Number: IOE1958374620
Requestor: Nemanja Milovanovic
Beneficiary: Teodora Milovanovic

STATEMENT OF THE CASE

Nemanja Milovanovic filed a Form I-131 on March 9, 2027 for his daughter Teodora, a four-year-old citizen of Serbia who lives with her parents in Novi Sad. Teodora has Sturge-Weber syndrome, with a port-wine birthmark over the left side of her face and seizures that began when she was a year old. The request seeks parole for six months so that she can be evaluated for epilepsy surgery, and operated on if suitable, at a pediatric epilepsy center in Cleveland, Ohio. With it came a letter from her neurologist in Novi Sad, a brain MRI report from March 2026, intake notes and a letter from the Cleveland center, and a Form I-134 from a family friend in Akron, Ohio.

APPLICABLE LAW

Under INA 212(d)(5)(A), USCIS may authorize parole only case by case for urgent humanitarian reasons or significant public benefit, and only if the beneficiary merits it as a matter of discretion. The requestor carries the burden of proof on each element, and the standard is a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). USCIS weighs each document on its own and in light of the whole record.

ANALYSIS

Medical Need and Timing

[[medical-urgency: The most recent medical report, from the neurologist in Novi Sad, is dated March 2026 and records that Teodora's seizures were then controlled on two medicines. Your statement says the seizures have since returned, but no physician has confirmed this, and the Cleveland center's letter relies on the same March 2026 report. Nothing in the record, then, establishes that surgery is needed now rather than later, or what risk waiting would carry.]]

Surgical Care in Serbia and the Region

[[treatment-unavailable: The Novi Sad neurologist writes that epilepsy surgery for children is "performed in limited numbers" at the university children's clinic in Belgrade. Limited availability is not the same as unavailability. You have not explained why an operation in Belgrade is not an option for Teodora, or whether centers in neighboring countries, such as those in Budapest or Vienna, were asked to see her.]]

Arrangements for the Family's Stay

[[support-plan: The request states that Teodora and both parents would stay "with family friends" near Cleveland for up to six months. The friends are not named, nobody has written to confirm that they can house a family of three, and the record says nothing about how the family would reach the hospital for daily therapy after the operation, or how Teodora's care would be managed while her mother, who is expecting a second child in September, is unable to
Page 1 of 2 -- Decision on Form I-131
\fTeodora Milovanovic -- IOE1958374620 -- Page 2
look after her.]]

Candor of the Request

[[discretion: Your statement says that no hospital in Serbia would operate on Teodora. The Cleveland intake notes, which you submitted, record instead that the "family declined surgery offered in Belgrade in 2025 to seek second opinion abroad." You have not explained the contradiction, and it reduces the weight of the request's other statements.]]

DECISION

For the reasons given under each heading above, the request is denied. There is no appeal from the denial of a parole request. You may file a new Form I-131, with the required fee, if you can address these findings with new evidence.

Lorena G. Castellanos
Field Office Director
"""

C05 = """U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

NOTICE OF INTENT TO DENY

Date: August 3, 2027
Receipt Number: IOE8027364519
Requestor: Daniyar Seitkali
Beneficiary: Arman Seitkali

Dear Mr. Seitkali:

USCIS has reviewed the Form I-131 you filed on April 27, 2027 on behalf of your nephew, Arman Seitkali, a citizen of Kazakhstan, ten months old, who lives with his parents in Shymkent. According to the request, Arman was diagnosed at four months with hemophagocytic lymphohistiocytosis, a disorder in which the immune system attacks the body's own tissues, and he is to receive a bone marrow transplant at a children's hospital in Cincinnati, Ohio.

A person outside the United States may be paroled in only for urgent humanitarian reasons or significant public benefit, decided case by case, and only if discretion is favorably exercised. INA 212(d)(5)(A). The requestor must establish eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). The record consists of your Form I-131, Arman's birth certificate and passport, treatment records from the regional children's hospital in Shymkent, a deposit estimate from the Cincinnati hospital, and your Form I-134 with pay statements. For the reasons that follow, USCIS proposes to deny the request.

[[medical-urgency: The records from the Shymkent hospital, the latest dated May 2027, state that Arman's disease has been in remission since he finished the first eight weeks of chemotherapy and steroids, but they do not say whether genetic testing for the inherited form of the disease was done or why a transplant is now thought necessary rather than continued observation.]] [[travel-feasibility: Additionally, an infant who has recently completed chemotherapy is highly vulnerable to infection, and no physician is shown to have cleared him for a trip from Shymkent to Cincinnati, which would involve changing planes in Almaty or Astana and again in Europe, or describes the precautions that would be taken along the way.]]

[[financial-support: Your Form I-134 declares $23,000 in savings and yearly pay of $71,000, while the Cincinnati hospital asks for a deposit of $640,000 before admission for a transplant, and the request identifies nobody else who would pay.]] [[support-plan: In addition, the request says that Arman would be accompanied by his mother and grandmother, but it does not say where the three of them would live during a stay that, according to the hospital, would run four months or more, whether lodging close to the hospital has been found, or who would pay for their meals and local transportation.]]

You may respond with evidence and argument. Your response must reach this office by September 2, 2027. Please attach a copy of this notice to the front of the response. If you do not respond, USCIS will deny the request.

Sincerely,

Marcus J. Oyelaran
Section Chief
"""

C06 = """U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services

NOTICE OF DECISION

Date: September 22, 2027
Receipt Number: IOE3472910865
Petitioner: Ange N'Guessan
Beneficiary: Koffi Emmanuel Yao

Dear Mr. N'Guessan:

On February 15, 2027, you filed a Form I-131 asking that your nephew, Koffi Emmanuel Yao, a six-year-old citizen of Cote d'Ivoire, be paroled into the United States. Koffi developed a narrowing of the windpipe (tracheal stenosis) after a long period on a breathing machine when he was three, has breathed through a tracheostomy tube since then, and is said to need airway reconstruction at a children's hospital in Denver, Colorado. The request is denied.

The Secretary may parole a noncitizen case by case for urgent humanitarian reasons or significant public benefit, INA 212(d)(5)(A), and the person requesting parole must show eligibility by a preponderance of the evidence, Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). A favorable exercise of discretion is also required.

On May 10, 2027, USCIS sent you a Request for Evidence. Among other things, it asked you to:

"Submit a letter from the U.S. surgeon who will perform the operation, confirming that Koffi has been accepted and describing the planned procedure and its timing."
"Provide complete copies of all medical records in French together with certified English translations."
"Explain how Koffi will return to Cote d'Ivoire after treatment and who will manage his tracheostomy care there."

We received your response on August 2, 2027. It contained a letter from the Denver hospital dated July 20, 2027, English versions of medical reports from a university hospital in Abidjan, and a statement from Koffi's mother, Adjoua Yao, dated July 25, 2027. Having considered this material together with the rest of the record, USCIS finds that it does not meet the concerns the Request for Evidence identified.

[[us-treatment-arranged: The Denver letter is signed by a nurse coordinator, not by a surgeon, and states that Koffi's case "will be presented at the multidisciplinary airway conference once imaging is received." Nowhere does it say that he has been accepted or what operation would be done, so the first request remains unanswered.]]

[[documentation: The English versions submitted cover only the first page of each Abidjan report and bear the stamp of a translation agency, but no statement by the translator vouching for the translation or for his or her ability to translate from French. Partial translations of that kind receive little weight, and most of the French records remain without any English version.]]

[[temporary-stay: Ms. Yao's statement says that the family "will decide what is best for Koffi after the operation." It names no physician in Abidjan who would take over his airway care, gives no date or plan for his return, and suggests that the family has not decided that he will return at all.]]

Because the evidence does not establish that parole is warranted, the request is denied. This decision may not be appealed to the Administrative Appeals Office. A new request may be made on Form I-131 with the applicable fee. As parole has not been granted, no parole fee under 8 U.S.C. 1804 is due.

Sincerely,

Hannah L. Brisco
Acting Branch Chief
"""

C07 = """I-131 Request for Evidence -- Receipt IOE9163027485
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

REQUEST FOR EVIDENCE

Issued: October 19, 2027
Receipt Number: IOE9163027485
Applicant: Ricardo Batista Quintero
Beneficiary: Sofia Batista Moreno

Dear Mr. Batista Quintero:

Your Form I-131 of July 6, 2027 asks that your daughter Sofia, a nine-year-old citizen of Panama, be paroled into the United States for surgery at a craniofacial program of a children's hospital in Dallas, Texas. Sofia was born with Treacher Collins syndrome. Her lower jaw is small and set back, her airway is narrow, and the request proposes surgery to lengthen the jaw gradually with distraction devices, followed by about ten weeks of adjustment and checks in Dallas.

Parole may be granted temporarily, case by case, for urgent humanitarian reasons or significant public benefit, INA 212(d)(5)(A), and only if the beneficiary merits a favorable exercise of discretion. You bear the burden of proving eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). Your filing included Sofia's passport, a letter from her surgeon at a children's hospital in Panama City dated May 28, 2027, a letter from the Dallas program accepting her for surgery, a cost estimate, and a Form I-134 from her aunt in Irving, Texas.

The evidence already submitted does not yet allow a decision. The points below state what is still needed, each followed by examples of evidence that would help.

Medical need

[[medical-urgency: The Panama City surgeon writes that Sofia's airway is "adequate while awake" and that she uses a breathing machine at night. He does not report a recent sleep study or say whether her breathing during sleep has worsened, and the request does not explain why the operation must take place now rather than as a planned procedure later in her growth. The following may help establish this point:
\u2022 a recent letter from the doctor who treats her, on how she breathes by day and at night;
\u2022 the results of her most recent sleep study;
\u2022 an explanation of the risks she faces if surgery is postponed.]]

Care in Panama and nearby countries

[[treatment-unavailable: The same letter states that the craniofacial surgeons at the national children's hospital in Panama City "have experience with distraction of the mandible." The request does not say whether that team has offered to operate or why it cannot, nor whether centers in Costa Rica or Mexico were contacted. The following may help establish this point:
\u2022 a letter from the Panama City craniofacial team stating whether it can perform the surgery, and if not, why;
\u2022 replies from hospitals in the region that were asked to treat Sofia.]]

Visa options

[[other-avenues: Citizens of Panama may apply for visitor visas, which allow travel for medical treatment, and the request says only that "getting a visa is too slow." It shows no application, no refusal, and no evidence of the time an appointment would take. The following may help establish this point:
\u2022 proof of any visa application made for Sofia and its outcome;
\u2022 evidence of the current wait for a visitor visa interview in Panama City and why it cannot be met.]]

Arrangements in Dallas

[[support-plan: You state that Sofia and her mother would stay at a family residence run by a charity near the hospital. No letter from the residence confirms that a room is available for ten weeks, and the record does not say how the two of them would get to the many clinic visits during the jaw adjustment, who would buy their food, or who would relieve Sofia's mother in caring for her. The following may help establish this point:
Page 1 / 2
\fI-131 Request for Evidence -- Receipt IOE9163027485
\u2022 a letter from the family residence confirming the dates of the stay;
\u2022 a statement from the person who will provide transportation and help with care, with that person's address.]]

Please send your response so that it arrives within eight weeks after the notice date. Include this notice as the first page. Any evidence that arrives after that time will not be considered, and the request will be decided on the record then before us.

Respectfully,

Gregory S. Feld
Adjudications Officer, Humanitarian Affairs Branch
Page 2 / 2
"""

N08 = """U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

REQUEST FOR EVIDENCE

Date: March 16, 2027
Receipt Number: IOE4052918736
Form: I-131 (humanitarian parole)
Requestor: Farzaneh Moradi
Beneficiary: Ali Moradi

Why did you receive this notice?

You asked USCIS to parole your son, Ali Moradi, a two-year-old citizen of Iran, so that he can receive a stem cell transplant at a pediatric blood and marrow transplant program in Minneapolis, Minnesota. Ali has mucopolysaccharidosis type I (Hurler syndrome), an inherited disorder in which the body cannot break down certain sugars, which build up in the organs and brain. We cannot make a decision on your request until we receive more evidence.

What must be shown?

Parole is decided case by case and may be granted only for urgent humanitarian reasons or significant public benefit, and only if the beneficiary deserves a favorable exercise of discretion. INA 212(d)(5)(A). You must prove both points by a preponderance of the evidence, which means that what you claim is probably true. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).

What did we review?

We reviewed your Form I-131 and your letter explaining the request; copies of Ali's passport and birth certificate; a report from a genetics clinic in Tehran dated October 2026 confirming the diagnosis; a letter from the Minneapolis program dated January 5, 2027; and a Form I-134 signed by Ali's uncle, Kourosh Moradi, of Irvine, California.

What is missing?

[[us-treatment-arranged: The Minneapolis letter says that Ali's records "are being looked at by our team" and that a decision on transplant will depend on finding a suitable donor. It does not say that Ali has been accepted as a patient, whether a matching donor has been found in the family or in a registry, or on what date the transplant is planned. Please send a letter from the transplant physician in Minneapolis who will treat Ali, stating that Ali is accepted, what treatment is planned, and on what schedule.]]

[[financial-support: Your uncle's Form I-134 shows a salary of $94,000 a year, and your letter says the rest of the cost will come from the family's savings in Tehran. The Minneapolis program estimates the transplant and the first hundred days of care at $780,000. Nothing shows how much is held in those savings or that money held in Iranian banks could lawfully be moved to the United States to pay a hospital. Please send evidence of funds that are available in the United States, such as bank statements, a guarantee from a charity, or a
Receipt IOE4052918736 -- page 1 of 3
\fAli Moradi -- Request for Evidence -- continued
letter from the hospital explaining how the costs will be met.]]

[[documentation: The copy of Ali's passport shows that it expired on February 2, 2027, and his birth certificate was submitted in Persian only. Please send a copy of a passport that is currently valid, and a full translation of the birth certificate into English, with the translator's signed certification of its accuracy and of his or her fluency in Persian and English.]]

[[other: Part 10 of the Form I-131 is signed by a person named Reza Karimi, who describes himself as a "medical travel facilitator" in Dubai. He is not you, the person asking for parole, and nothing shows that he is an attorney or accredited representative; no Form G-28 was filed. Please send a Form I-131 signature page signed by you, or, if someone will represent you, a properly completed Form G-28.]]

How do you respond?

Your response must be received at the address above no later than June 8, 2027. Put the cover sheet attached to this notice on top of your response and send all the requested evidence together. We will not consider evidence received after that date.

What happens if you do not respond?

If we do not receive a response by June 8, 2027, we may deny your request as abandoned, or decide it on the evidence we already have.

Nadia P. Rourke
Supervisory Immigration Services Officer
Receipt IOE4052918736 -- page 2 of 3
\fRESPONSE COVER SHEET
Place this page on top of your response.

Receipt Number: IOE4052918736
Beneficiary: Ali Moradi
Notice date: March 16, 2027
Response due: June 8, 2027

Use the boxes below to show what you are sending. They restate the requests in this notice in short form; the full requests are in the notice itself.

[ ] Letter from the Minneapolis transplant physician accepting Ali
[ ] Evidence of funds available in the United States
[ ] Valid passport copy and translated birth certificate
[ ] Form I-131 signature page signed by the requestor, or Form G-28

Number of pages enclosed: ______
Receipt IOE4052918736 -- page 3 of 3
"""

N09 = """U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

NOTICE OF INTENT TO DENY

Date of this notice: November 9, 2027
Receipt Number: IOE7319502684
Requestor: Ioana Dumitrescu
Beneficiary: Mirela Constantinescu

Dear Ms. Dumitrescu:

USCIS has considered the Form I-131 you filed on July 22, 2027 requesting parole for your sister, Mirela Constantinescu, a 31-year-old citizen of Romania who lives in Iasi. Ms. Constantinescu has Alport syndrome, an inherited disease of the kidneys, and the request proposes that she receive a kidney from you, as a living donor, at a transplant center in Chicago, Illinois, where you live.

Humanitarian parole does not replace the usual routes of travel to the United States. It may be granted, case by case, for urgent humanitarian reasons or significant public benefit, INA 212(d)(5)(A), to a beneficiary who also merits a favorable exercise of discretion. The requestor must prove eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). We have reviewed your Form I-131 and statement, your sister's passport, her nephrology reports from the county hospital in Iasi for 2026 and 2027, a letter from the Chicago transplant center, a criminal record certificate issued by the Romanian police on January 12, 2027, and your Form I-134.

On the record as it now stands, USCIS proposes to deny the request because:

[[other-avenues: your sister has never sought a visitor visa from the American embassy in Bucharest, and the explanation offered, that her application for travel authorization under the Visa Waiver Program was refused in 2026, does not account for why the regular visa process, which is open to a traveler refused that authorization, was never started;]]
[[security: the criminal record certificate lists a 2021 conviction for forgery of documents, for which she received a suspended sentence of one year, and the request says nothing about the offense, its circumstances, or her conduct since then;]]
[[medical-urgency: the nephrology reports from Iasi show that her kidney function, although reduced, has held steady over the past twelve months and that dialysis has not begun, so it is not shown why the transplant cannot wait until a visa has been sought;]]
[[temporary-stay: the request asks for eighteen months of parole but does not describe where her antirejection medicines and monitoring would come from once she returns to Romania, or show ties, such as a job or a home, that would bring her back there.]]

Each of these points is sufficient by itself to support a denial. You may submit evidence and argument in response. It must arrive within 30 days, to which we add 3 days because this notice was mailed: a total of 33 days from the date above. A response received after that time will not be considered. Send it to the address on this notice with a copy of this notice on top.

Sincerely,

Paul E. Varga
Section Chief, Humanitarian Affairs Branch
"""

N10 = """U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

DECISION AFTER REOPENING ON SERVICE MOTION

Date: December 9, 2027
Receipt Number: IOE2586041937
Requestor: Florencia Pereyra Suarez
Beneficiary: Valentina Pereyra Suarez

Procedural history

On May 11, 2027, Florencia Pereyra Suarez filed a Form I-131 for her daughter Valentina, born in Montevideo, Uruguay, in January 2027. Valentina's right arm was paralyzed at birth by a stretching injury to the nerves of the shoulder (brachial plexus injury), and the request asks that she be paroled for nerve transfer surgery at a peripheral nerve surgery program in St. Louis, Missouri. USCIS denied the request on August 4, 2027 for four reasons. On September 15, 2027, Ms. Pereyra Suarez sent new evidence with a letter asking USCIS to look at the request again. On October 1, 2027, USCIS reopened the request on its own motion under 8 C.F.R. 103.5(a)(5)(i) and allowed 30 days for any further evidence, which arrived on October 29, 2027.

Legal standard

Parole may be granted case by case for urgent humanitarian reasons or significant public benefit, INA 212(d)(5)(A), and also calls for discretion to be exercised in the beneficiary's favor. The requestor must show eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). On reopening, USCIS considers the entire record, old and new.

Evidence received after the denial

Ms. Pereyra Suarez submitted a letter dated September 2, 2027 from Dr. Helen Castellano, a nerve surgeon in St. Louis; an updated letter from Valentina's pediatric orthopedic surgeon in Montevideo dated September 8, 2027; an email from a children's hospital in Buenos Aires; a letter from her bank in Montevideo; and her own statement dated October 20, 2027.

The reasons for the August 4, 2027 denial, reconsidered

Reason 1 of the August 4 decision: "The record does not show that nerve surgery for this injury cannot be performed in Uruguay or in a neighboring country."
Finding after reopening: not overcome.
[[treatment-unavailable: The email from the Buenos Aires hospital says only that its nerve surgeon "has a waiting list of several months." A waiting list is not a refusal to treat. The updated Montevideo letter still does not say whether any surgeon in Uruguay has performed nerve transfers in infants, and nothing shows that hospitals in Brazil or Chile were asked.]]

Reason 2 of the August 4 decision: "No U.S. surgeon has agreed to operate."
Finding after reopening: overcome.
Dr. Castellano's letter confirms that she has examined Valentina's records, accepts her as a patient, and has reserved a date for surgery in February 2028. This reason no longer applies.

Reason 3 of the August 4 decision: "Payment for the surgery, therapy and the family's stay is not established."
Finding after reopening: not overcome.
[[financial-support: Dr. Castellano's letter estimates the operation and hospital stay at $118,000, with weekly therapy afterward at about $450 a visit. The bank letter shows a balance equivalent to $19,500, no sponsor has filed a Form I-134 since the denial, and the hospital's financial assistance office is not shown to have agreed to
Decision on Service Motion, page 1 of 2
\fValentina Pereyra Suarez -- IOE2586041937
cover any part of the difference.]]

Reason 4 of the August 4 decision: "The request for two years of parole has not been shown to be for a temporary stay."
Finding after reopening: not overcome.
[[temporary-stay: Dr. Castellano writes that recovery after nerve transfer is followed for two to three years, with therapy several times a week at first. Ms. Pereyra Suarez now asks that parole last "as long as the treatment requires." No therapist or surgeon in Uruguay is named to continue the care, and the record does not show when the stay would end.]]

Additional concern arising on reopening
[[discretion: In her statement of October 20, 2027, Ms. Pereyra Suarez writes that during a 2023 trip she made as a B-2 visitor she "worked cleaning houses in Miami" for four months. She would accompany Valentina during the parole. Unauthorized work on an earlier visit counts against her in the discretionary weighing, and the statement offers nothing that offsets it.]]

Conclusion

The service motion is granted and the request has been decided again on the full record. The request remains denied. There is no appeal from this decision. A new Form I-131 may be filed with the fee in effect at that time. Because parole is not granted, no parole fee is owed.

Sincerely,

Ruth A. Okonkwo
Chief, Humanitarian Affairs Branch
"""

NOTICES = [
    ("c01-numbered-rfe-2p", "rfe", "2027-02-11", "IOE2741068395", 63,
     ["Receipt IOE2741068395 | Page 1 of 2", "Request for Evidence -- Maksim Kavalchuk (continued)",
      "Receipt IOE2741068395 | Page 2 of 2"], C01),
    ("c02-lettered-noid", "noid", "2027-04-06", "IOE5830172946", 30, [], C02),
    ("c03-bulleted-denial", "denial", "2027-05-20", "IOE6604829153", None, [], C03),
    ("c04-headed-denial-2p", "denial", "2027-07-14", "IOE1958374620", None,
     ["Page 1 of 2 -- Decision on Form I-131", "Teodora Milovanovic -- IOE1958374620 -- Page 2"], C04),
    ("c05-runon-noid", "noid", "2027-08-03", "IOE8027364519", 30, [], C05),
    ("c06-quoting-rfe-denial", "denial", "2027-09-22", "IOE3472910865", None, [], C06),
    ("c07-headers-rfe-2p", "rfe", "2027-10-19", "IOE9163027485", 56,
     ["I-131 Request for Evidence -- Receipt IOE9163027485", "Page 1 / 2", "Page 2 / 2"], C07),
    ("n08-plain-questions-rfe-3p", "rfe", "2027-03-16", "IOE4052918736", 84,
     ["Receipt IOE4052918736 -- page 1 of 3", "Ali Moradi -- Request for Evidence -- continued",
      "Receipt IOE4052918736 -- page 2 of 3", "Receipt IOE4052918736 -- page 3 of 3"], N08),
    ("n09-clause-list-noid", "noid", "2027-11-09", "IOE7319502684", 33, [], N09),
    ("n10-reopened-denial-2p", "denial", "2027-12-09", "IOE2586041937", None,
     ["Decision on Service Motion, page 1 of 2", "Valentina Pereyra Suarez -- IOE2586041937"], N10),
]
