# -*- coding: utf-8 -*-
# The ten notices of this set, written from scratch. Each ground is marked in
# place as [[category: text]]; gen/write.py strips the marks and writes src/
# and spec/. Tuple: (name, kind, date, receipt, days to respond or None,
# furniture, text). A form feed is a page break.

C01_F1 = "IOE2284190573 -- Request for Evidence -- 1 of 2"
C01_H2 = "Medeiros, Mariana F. -- IOE2284190573 -- continued"
C01_F2 = "IOE2284190573 -- Request for Evidence -- 2 of 2"

C01 = f"""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
Washington, DC 20529
REQUEST FOR EVIDENCE
Date: January 19, 2027
Receipt Number: IOE2284190573
Form: I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Requestor: Duarte Medeiros
Beneficiary: Mariana Furtado Medeiros
Duarte Medeiros, of Fall River, Massachusetts, asks that his sister, Mariana Furtado Medeiros, be paroled into the United States for one year. Ms. Medeiros is 34, a citizen of Portugal, and lives in Ponta Delgada on the island of São Miguel in the Azores. The request says that she has pulmonary veno-occlusive disease, diagnosed in Lisbon in 2026, and that a transplant center in Cleveland, Ohio, should assess her for a double lung transplant.
The Secretary of Homeland Security may parole a noncitizen into the United States temporarily, one case at a time, for urgent humanitarian reasons or significant public benefit. INA section 212(d)(5)(A), 8 U.S.C. 1182(d)(5)(A). An individual who is paroled gains no immigration status, and the decision is discretionary.
The requestor must prove each element of eligibility by a preponderance of the evidence, which is met when the claim is shown to be more likely true than not. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). Even when that standard is met, USCIS may still refuse the request in its discretion.
At present the file holds the Form I-131 with its fee; a Form I-134 signed by the requestor; a letter of November 30, 2026 from Dr. Teresa Aguiar Sousa, a pulmonologist in Ponta Delgada; a summary of a heart catheterization done in Lisbon in June 2026; an email of December 2, 2026 from the Cleveland center's international referrals desk; and copies of the beneficiary's passport and birth certificate.
USCIS cannot decide the request until the five points below are addressed.
1. [[medical-urgency: Dr. Aguiar Sousa calls the disease progressive and writes that Ms. Medeiros now uses oxygen day and night, but her letter reports no measurement taken after June 2026, no walking test and no estimate of survival without a transplant, so the present severity of the illness cannot be judged. Send a current letter from a treating specialist, dated after this request, with recent results and an opinion on how long she can safely wait.]]
2. [[treatment-unavailable: Portugal's national health service runs a lung transplant program in Lisbon, and the record shows that Ms. Medeiros was already seen in Lisbon when her illness was diagnosed. Nothing in the file says whether she was referred to that program, placed on its waiting list, or found unsuitable. Provide the Lisbon program's written decision on her case or, if she was never referred, her physician's explanation of why.]]
3. [[us-treatment-arranged: The December 2 email from Cleveland confirms only that the center has her records and "will review them once the file is complete." It does not accept her for evaluation, names no physician, and says nothing about listing or how long treatment would last. Provide a letter from the center stating whether and when it will evaluate her and what would follow if she were accepted or declined.]]
4. [[travel-feasibility: To reach Cleveland, Ms. Medeiros would fly from Ponta Delgada, change planes at least once, and spend most of a day in transit while needing oxygen without a break. The record has no physician's statement that she can make that journey safely, no airline approval for oxygen on board, and no plan for a trained escort if she becomes worse in the air.
{C01_F1}
\f{C01_H2}
Submit a fitness to fly statement, the airline's medical clearance, and who would escort her, with that person's training.]]
5. [[financial-support: The requestor's Form I-134 lists yearly wages of 58,000 dollars and savings of 9,400 dollars. The referral desk's email mentions a deposit of 250,000 dollars before any evaluation and gives no figure for the transplant, which will cost several times as much. Submit the center's written estimate for the evaluation, the transplant itself and twelve months of aftercare, with proof of who will pay each part.]]
How to respond. Send all of the requested evidence together, with a copy of this request placed on top, to the address below. Material sent in separate parcels may not be matched to the file before a decision is made. Your evidence must reach this office within 12 weeks of the date above; that period cannot be extended. If nothing arrives in time, USCIS may decide the request on the present record or treat it as abandoned.
USCIS, Humanitarian Affairs Branch, Attn: Parole Response, 5900 Capital Gateway Drive, Camp Springs, MD 20746
If parole is later approved, USCIS will send a separate notice asking for the parole fee required by law before any travel document is issued.
Sincerely,
Helen Vasquez Trent
Supervisory Adjudications Officer
Humanitarian Affairs Branch
{C01_F2}
"""

C02 = """Department of Homeland Security
U.S. Citizenship and Immigration Services
International Operations -- Parole Unit
NOTICE OF INTENT TO DENY
March 3, 2027
Ingrid Halcrow Reid
41 Brackett Street, Portland, ME 04102
Receipt number: IOE6619402837
Beneficiary: Magnus Halcrow
Request: Form I-131, humanitarian parole
Dear Ms. Halcrow Reid:
You filed a Form I-131 for your father, Magnus Halcrow, aged 58, a British citizen who lives in Lerwick in the Shetland Islands of Scotland. You ask that he be paroled for about four months to receive proton beam radiation at a proton therapy center in Jacksonville, Florida. He had surgery in Aberdeen in October 2026 for an esthesioneuroblastoma, a rare tumor that begins in the roof of the nasal cavity.
Parole under section 212(d)(5)(A) of the Immigration and Nationality Act is temporary and discretionary, and may be given only for urgent humanitarian reasons or significant public benefit. You bear the burden of showing eligibility by a preponderance of the evidence (Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010)); if you do, USCIS then decides whether your father warrants a favorable exercise of its discretion.
With the request you filed the operative and pathology reports from Aberdeen, a letter of January 11, 2027 from Dr. Fraser Tulloch, consultant oncologist, a price sheet from the Jacksonville center, your Form I-134 with recent pay statements, and your father's passport.
On that record, USCIS intends to deny the request, for the reasons set out in paragraphs (a) to (d).
(a) [[treatment-unavailable: The National Health Service provides high energy proton therapy at its centers in Manchester and London, and patients living in Scotland can be referred to them. Dr. Tulloch writes that protons "would be preferable" for your father but does not say whether he was referred to either center or turned down by one. Nothing shows that this treatment is out of his reach in the United Kingdom.]]
(b) [[medical-urgency: According to Dr. Tulloch, radiation "should follow surgery within a reasonable period," yet his letter is silent on whether any tumor remains, what the latest scan showed, or by what date treatment must start. Nearly five months have passed since the operation, and the file does not show whether ordinary radiation has been given or offered in Aberdeen in the meantime.]]
(c) [[financial-support: The Jacksonville center's price sheet lists 168,000 dollars for a course of thirty sessions and excludes housing and travel. Your Form I-134 lists your salary as 71,500 dollars and savings of 12,000 dollars, and you state that you also support two children. You have not explained how the treatment, a stay of about four months and the flights from Shetland would be paid for.]]
(d) [[other-avenues: As a British citizen, Mr. Halcrow may be able to travel under the Visa Waiver Program or to apply at the embassy in London for a B-2 visa, which can be issued to a patient seeking treatment. You do not state that he attempted either route, or why neither would bring him to Jacksonville in time. Parole does not stand in for the usual means of entering the United States.]]
You may answer these reasons with evidence and argument. Your response is due 33 days after the date printed on this notice (30 days plus 3 days for mailing). Place the enclosed cover page on top of your response. If USCIS receives nothing by then, it will decide the request on the evidence now in the file.
Mail your response to: USCIS, Attn: Humanitarian Parole -- NOID Response, 5900 Capital Gateway Drive, Camp Springs, MD 20746.
Sincerely,
Marcus D. Ellery
Field Office Director, International Operations
Enclosure: response cover page
"""

C03 = """U.S. Citizenship and Immigration Services
Department of Homeland Security
Office of International Operations -- Humanitarian Parole
April 14, 2027
DECISION
Receipt No.: IOE9047715362
Requestor: Pietro Serra
Beneficiary: Efisio Porcu
Application: Form I-131 (humanitarian parole)
This decision concerns the Form I-131 that Pietro Serra, of Houston, Texas, filed on January 6, 2027 for his cousin, Efisio Porcu. Mr. Porcu is 41, an Italian citizen living in Cagliari, Sardinia. He was found in 2026 to have giant cell myocarditis and now relies on a left ventricular assist device. Mr. Serra asks that he be paroled so that a heart center in Houston can evaluate him for a transplant. Having reviewed the record, USCIS denies the application.
Parole may be authorized temporarily, at the Secretary's discretion, for urgent humanitarian reasons or significant public benefit, as provided in INA section 212(d)(5)(A), 8 U.S.C. 1182(d)(5)(A). The requestor must establish eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). Establishing eligibility does not oblige USCIS to grant parole.
What was considered: the Form I-131; a Form I-134 from Mr. Serra with a letter from his employer; a discharge summary from the Cagliari hospital dated November 2026; a letter of December 14, 2026 from Dr. Giovanna Melis of that hospital; an email from the Houston center's international office; and Mr. Porcu's passport and identity card.
The application is denied because:
• [[treatment-unavailable: Heart transplants are performed by the Italian national health service at several hospitals, among them centers in Rome, Padua and Milan, and Dr. Melis writes that Mr. Porcu's case "was discussed" with a mainland transplant team without saying what that team decided. A resident of Italy is placed on a transplant list through the national system at no cost to himself. It has not been shown that he cannot receive a transplant in Italy.]]
• [[travel-feasibility: Mr. Porcu has lived with an implanted pump since September 2026 and, the discharge summary says, has twice been readmitted for infection at the cable's exit site. A trip from Sardinia to Texas would last at least fourteen hours with connections. No physician states that he can travel that far with the device, and the record contains no arrangement with an air ambulance, a medical escort, or the airlines for carrying and powering the pump.]]
• [[financial-support: The Houston center's email asks for a deposit of 400,000 dollars before an evaluation and warns that a transplant would cost far more. Mr. Serra's Form I-134 declares income of 84,000 dollars a year and savings of 31,000 dollars. No insurer, charitable body or hospital fund has undertaken to pay any share of the cost, and the source of the rest is not identified.]]
• [[discretion: On the Form I-131, the requestor reported no earlier visa refusal for the beneficiary. Department of State records show that Mr. Porcu applied for a visitor visa in Rome in 2022, after his travel authorization was denied, and that the visa was refused under section 214(b). The incorrect answer has been neither corrected nor explained, and it counts against him in deciding whether discretion should be exercised in his favor.]]
Each reason would on its own support this decision.
This decision may not be appealed to the Administrative Appeals Office, and a motion on Form I-290B is not available for a parole request. A new Form I-131 may be filed at any time, with the filing fee then in force and evidence that answers the reasons given above.
Laura Beck Oyelaran
Section Chief, Humanitarian Parole
Office of International Operations
"""

C04_F1 = "Hawrami, R. -- Denial -- Page 1 of 2"
C04_H2 = "IOE3308156624 (continued)"
C04_F2 = "Hawrami, R. -- Denial -- Page 2 of 2"

C04 = f"""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch, International Operations
DENIAL OF REQUEST FOR PAROLE
Date of Decision: May 20, 2027
Receipt Number: IOE3308156624
Requestor: Dilshad Hawrami
Beneficiary: Rozhin Karwan Hawrami
Country of residence: Iraq (Kurdistan Region)
PROCEDURAL HISTORY
On December 9, 2026, Dilshad Hawrami of Nashville, Tennessee, filed a Form I-131 asking that his niece, Rozhin Karwan Hawrami, be paroled into the United States for one year. Rozhin is six and lives with her parents in Erbil. She has Shwachman-Diamond syndrome, an inherited disorder of the marrow and pancreas, and her doctors report that her marrow is failing. The requestor states that she needs a stem cell transplant at a children's hospital in Cincinnati, Ohio, and that her father, Karwan Hawrami, would come with her. USCIS requested more evidence on February 17, 2027 and received the response on April 28, 2027.
GOVERNING LAW
The Secretary of Homeland Security may, in the exercise of discretion, parole a person into the United States temporarily for urgent humanitarian reasons or significant public benefit. INA section 212(d)(5)(A). The requestor must show by a preponderance of the evidence that the beneficiary is eligible. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). Eligibility alone does not require a grant.
ANALYSIS
The requestor has not carried that burden. The evidence, including what arrived on April 28, is weighed below under each question it was meant to answer.
Availability of transplant in the region
[[treatment-unavailable: The treating hematologist in Erbil writes that the Kurdistan Region has no pediatric transplant unit, and USCIS accepts that. The record shows, however, that children receive stem cell transplants in Baghdad and in many hospitals in Turkey, which families from Erbil reach by road or by a short flight. The response is silent on any referral of Rozhin to those hospitals and on any refusal by one. The absence of a unit in one city does not show that the treatment is out of her reach.]]
Donor and transplant plan
[[us-treatment-arranged: The Cincinnati hospital's letter of April 2, 2027 offers to see Rozhin for a "pretransplant consultation." It says that no matched donor has been identified, that her two brothers have not been tissue typed, and that a registry search would start only once she arrives. The hospital has not accepted her for transplant, and no plan sets out the treatment, when it would happen or how long it would take.]]
Identity of the beneficiary
The response supplied certified translations of Rozhin's Iraqi national identity card and birth record, which name both parents. Her identity and her relationship to the requestor and to her father are established, and this question is resolved.
Cost and funding
[[financial-support: The hospital estimates 780,000 dollars for a transplant from an unrelated donor and about one hundred days of care after it. The requestor's Form I-134 shows income of 66,000 dollars from a trucking business he owns and a house that is mortgaged. The response adds pledge letters from members of a community association in Nashville totalling 42,000 dollars, but the letters are unsigned and give no addresses. No source is shown for
{C04_F1}
\f{C04_H2}
the rest of the estimate, or for the living costs of the father and child during a stay of a year.]]
Background of the accompanying parent
[[security: In the response, the father states that he was detained in Sulaymaniyah in 2018 on a weapons charge and later released. No court record, police certificate or account of how the matter ended has been provided, even though police certificates for every adult traveling with the beneficiary were among the items requested on February 17. Without them, USCIS cannot find that the parent who would be responsible for Rozhin in the United States presents no risk to public safety.]]
CONCLUSION AND ORDER
For the reasons given under Availability of transplant in the region, Donor and transplant plan, Cost and funding, and Background of the accompanying parent, the request for parole is denied.
This decision is final. No appeal lies to the Administrative Appeals Office. A new Form I-131 may be filed by the requestor, with the required fee, supported by evidence that responds to each reason above. Any parole fee owed under 8 U.S.C. 1804 would be requested only if parole were approved.
Oren Castellanos
Director, Humanitarian Affairs Branch
{C04_F2}
"""

C05 = """DEPARTMENT OF HOMELAND SECURITY
U.S. Citizenship and Immigration Services
Notice of Intent to Deny
June 9, 2027
IOE7150263948
Requestor: Margaret Ashwell
Beneficiary: Chloe Pennicott
Dear Ms. Ashwell:
You filed a Form I-131 asking that your niece, Chloe Pennicott, be paroled into the United States for nine months. Ms. Pennicott is 23, an Australian citizen living in Hobart, Tasmania. You state that she has anti NMDA receptor encephalitis, an autoimmune inflammation of the brain, and that she should join a study of a new treatment at a university hospital in Minneapolis, Minnesota, near your home.
Parole is granted in the discretion of the Secretary of Homeland Security, temporarily and for urgent humanitarian reasons or significant public benefit. INA section 212(d)(5)(A), 8 U.S.C. 1182(d)(5)(A). You must prove by a preponderance of the evidence that she qualifies, Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010), and even then USCIS may decline to exercise discretion in her favor.
We have reviewed the letter of April 20, 2027 from Dr. Rowan Fairbairn, a neurologist in Hobart; hospital records of two admissions in 2026; an email from the study coordinator in Minneapolis; your Form I-134 and your latest tax return; and Ms. Pennicott's passport.
We intend to deny the request. Our reasons follow.
[[medical-urgency: Dr. Fairbairn writes that Ms. Pennicott spent eleven weeks in hospital in 2026 and has been "slow to recover," yet he also reports that she has had no seizures since January, lives at home and has resumed part time study, and he does not identify any danger in continuing her care in Australia.]] [[treatment-unavailable: In addition, the treatments his letter lists, immune globulin, plasma exchange, rituximab and cyclophosphamide, are all given in Australian hospitals, and the record indicates that large centers in Melbourne and Sydney treat this disease; you do not explain what care she needs that those centers cannot provide.]]
[[us-treatment-arranged: The coordinator's email says only that Ms. Pennicott "may be eligible for screening" and that enrollment depends on tests to be done in Minneapolis, so she has not been accepted into the study, and the email gives neither dates nor a length of treatment.]] [[other-avenues: Australian citizens may seek travel authorization through ESTA under the Visa Waiver Program or apply for a B-2 visa, and you have not said that she applied for either, or why the regular process would fail for a planned stay in a research study.]]
Each reason stands on its own.
Your reply must arrive at the address below by July 12, 2027. Include a copy of this notice with it. If you do not reply, or if your reply does not overcome the reasons above, the request will be denied.
USCIS, Humanitarian Parole Unit, 5900 Capital Gateway Drive, Camp Springs, MD 20746
Priya Lindqvist
Officer in Charge, Humanitarian Parole Unit
"""

C06 = """U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Parole Unit
July 22, 2027
Salum Makame
2210 Cleveland Avenue, Columbus, OH 43211
RE: Denial of Form I-131 -- Receipt IOE4852071139
Beneficiary: Haji Omar Makame
Dear Mr. Makame:
USCIS has decided the Form I-131 you filed asking that your nephew, Haji Omar Makame, be paroled into the United States for a kidney transplant at a children's hospital in Boston, Massachusetts. Haji is 13, a citizen of Tanzania living in Stone Town, Zanzibar. He has nephronophthisis, an inherited disease of the kidneys, and has been on dialysis in Zanzibar since 2026. His mother, Mwanaisha Haji Ali, would travel with him. The request is denied.
INA section 212(d)(5)(A), 8 U.S.C. 1182(d)(5)(A), makes parole a temporary, discretionary measure available for urgent humanitarian reasons or significant public benefit. The requestor must show eligibility by a preponderance of the evidence, Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010), and USCIS then weighs whether discretion should be exercised favorably.
On March 30, 2027, USCIS sent you a request for evidence. It read, in part:
"1. Submit full English translations of the medical records written in Swahili, each bearing the translator's signed attestation to its accuracy and completeness and to the translator's command of Swahili and English."
"2. Submit the Boston hospital's written estimate of cost and evidence of the funds that will pay it."
"3. Submit evidence of the relationship between the beneficiary and the parent who would accompany him."
"4. Explain the prior immigration history of any adult who would travel with the beneficiary, including any earlier stay in the United States."
Your response, received on June 14, 2027, included Haji's birth certificate naming his mother, which answers the third request. The other requests were not met, for the reasons below.
[[documentation: The English versions of the Zanzibar hospital records were prepared by you, and they carry no certification and no statement of your competence in Swahili and English. Several records, among them the latest laboratory results, were filed in Swahili only. Under 8 CFR 103.2(b)(3) these documents cannot be given weight, so the medical facts they were offered to prove are not established.]]
[[financial-support: Regarding the second request, the hospital's estimate of 295,000 dollars covers the operation and care for three months afterward, but not the medicines Haji would need afterward. Your Form I-134 reports 47,000 dollars of yearly income, and you support a household of five. The response describes a fundraising campaign but states no amount collected and identifies no account holding the money.]]
[[discretion: The fourth request was not answered. USCIS records show that Ms. Haji Ali, admitted as a visitor in 2015, remained for more than a year past the end of her authorized stay before leaving. The response does not mention this. Her earlier breach of the terms of her admission, left unexplained, counts against Haji when USCIS decides whether to exercise discretion favorably, in a request that depends on her bringing Haji home when parole ends.]]
With the first, second and fourth requests still unmet, the record does not establish that Haji should be paroled.
There is no appeal from this decision. A fresh Form I-131 can be filed, with the filing fee, and with evidence that responds to the points above.
Sincerely,
Theodora Blanchet
Supervisory Officer, Humanitarian Parole Unit
"""

C07_H = "RFE :: IOE5530917284 :: SAPIRIN, J."
C07_P1 = "(page 1 of 2)"
C07_P2 = "(page 2 of 2)"

C07 = f"""{C07_H}
U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
Request for Evidence
Issued: August 11, 2027
Receipt: IOE5530917284
Requestor: Benedict Sapirin
Beneficiary: Juliana Sapirin
The requestor, who lives in San Jose, California, asks that his sister, Juliana Sapirin, be paroled for six months for surgery at a cancer institute in Washington, D.C. Ms. Sapirin is 47, a citizen of Malaysia living in Kota Kinabalu, Sabah. She has pseudomyxoma peritonei, a rare tumor that fills the abdomen with mucus, and the institute proposes to remove the tumor and then rinse the abdomen with heated chemotherapy.
Parole lies within the discretion of the Secretary of Homeland Security and may be granted temporarily, for urgent humanitarian reasons or significant public benefit. INA section 212(d)(5)(A), 8 U.S.C. 1182(d)(5)(A). The requestor must show eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
Received so far: the Form I-131 and fee; a Form I-134 from the requestor; a letter of May 26, 2027 from the surgeon treating Ms. Sapirin in Kota Kinabalu; scan reports from May 2027; a letter of June 30, 2027 from the institute; hospital discharge notes and a pathology report with English versions; and her passport.
Before the request can be decided, USCIS needs evidence on the five matters below.
[[treatment-unavailable: Hospitals in Kuala Lumpur and in Singapore perform this surgery, and the Kota Kinabalu surgeon recommends "referral to a specialist peritoneal center" without naming the United States or explaining why a center in Peninsular Malaysia or Singapore would not serve. Evidence may include a referral to such a center and its answer, or a physician's explanation of why none of them can treat her.]]
[[us-treatment-arranged: The institute's letter says that Ms. Sapirin's scans "suggest she may be a candidate" and that a decision will follow an examination in Washington. It does not accept her for surgery, give a date, or estimate the weeks of recovery she would need nearby. Evidence may include the operating surgeon's letter confirming acceptance, the planned date and the expected recovery period.]]
[[travel-feasibility: The May scans describe a large volume of fluid in the abdomen, and the surgeon notes that she has needed two drainage procedures this year and tires after short walks. Travel from Sabah to Washington takes more than a full day with at least two changes of plane. Evidence may include a physician's statement that she can safely make so long a trip, and any plan for an escort or for
{C07_P1}
\f{C07_H}
care during the journey.]]
[[documentation: The discharge notes and the pathology report are in Malay, and the English versions filed with them are unsigned and bear no translator's certification. Evidence may include complete translations into English, each carrying the translator's signed attestation to its accuracy and completeness and stating that the translator reads and writes both Malay and English well.]]
[[financial-support: The institute estimates 215,000 dollars for the operation and hospital stay. On his Form I-134 the requestor reports earning 93,000 dollars a year and holding a retirement account that he does not say he may draw on. Rent, meals and local transport for six months are not estimated at all. Evidence may include bank statements, proof that the retirement funds can be used, and a budget for the stay.]]
The response period for this request is 60 days, counted from the issue date above. Send every item at one time, with this page on top, to USCIS, Humanitarian Affairs Branch, 5900 Capital Gateway Drive, Camp Springs, MD 20746. Evidence arriving after the period ends will not be considered, and the request may then be decided on the record as it stands.
Kwame Aldridge
Adjudications Officer, Humanitarian Affairs Branch
{C07_P2}
"""

N08_F1 = "IOE8093346721 -- page 1 of 3 / page 1 sur 3"
N08_F2 = "IOE8093346721 -- page 2 of 3 / page 2 sur 3"
N08_F3 = "IOE8093346721 -- page 3 of 3 / page 3 sur 3"

N08 = f"""U.S. Department of Homeland Security / Département de la Sécurité intérieure des États-Unis
U.S. Citizenship and Immigration Services
NOTICE OF INTENT TO DENY / AVIS D'INTENTION DE REFUS
Date: September 8, 2027 / 8 septembre 2027
Receipt Number / Numéro de dossier: IOE8093346721
Requestor / Demandeur: Gaëlle Poirier
Beneficiary / Bénéficiaire: Maëlys Briand
The English text of this notice is the official text. A French translation follows each paragraph, marked [FR], as a courtesy only.
[FR] Le texte anglais du présent avis fait seul foi. Une traduction française, signalée par [FR], suit chaque paragraphe à titre de simple courtoisie.
You filed a Form I-131 asking that your niece, Maëlys Briand, aged 10, be paroled into the United States for a kidney transplant at a children's hospital in Boston, Massachusetts. Maëlys is a French citizen living in Saint-Pierre, in the French territory of Saint Pierre and Miquelon. She has nephropathic cystinosis, a rare inherited disease that has destroyed the function of her kidneys.
[FR] Vous avez déposé un formulaire I-131 demandant que votre nièce, Maëlys Briand, âgée de 10 ans, soit admise aux États-Unis au titre du parole afin de recevoir une greffe de rein dans un hôpital pour enfants de Boston (Massachusetts). Maëlys est de nationalité française et réside à Saint-Pierre, dans le territoire français de Saint-Pierre-et-Miquelon. Elle est atteinte de cystinose néphropathique, une maladie héréditaire rare qui a détruit la fonction de ses reins.
Parole may be granted only temporarily, in the discretion of the Secretary of Homeland Security, for urgent humanitarian reasons or significant public benefit (INA section 212(d)(5)(A)). You must establish by a preponderance of the evidence that the request qualifies. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
[FR] Le parole ne peut être accordé qu'à titre temporaire, à la discrétion du Secrétaire à la Sécurité intérieure, pour des raisons humanitaires urgentes ou un intérêt public important (article 212(d)(5)(A) de la loi sur l'immigration et la nationalité). Il vous appartient d'établir, selon la prépondérance de la preuve, que la demande remplit ces conditions.
The record contains the Form I-131, your Form I-134 with your bank statements, a letter of June 2, 2027 from the pediatric nephrologist who follows Maëlys, an estimate from the Boston hospital, and her passport and birth certificate.
[FR] Le dossier contient le formulaire I-131, votre formulaire I-134 et vos relevés bancaires, une lettre du 2 juin 2027 du néphrologue pédiatre qui suit Maëlys, un devis de l'hôpital de Boston, ainsi que son passeport et son acte de naissance.
{N08_F1}
\fUSCIS intends to deny the request for the four reasons that follow.
[FR] L'USCIS a l'intention de rejeter la demande pour les quatre motifs suivants.
[[treatment-unavailable: Residents of Saint Pierre and Miquelon who need care that the islands cannot give are sent, under the territory's health coverage, to hospitals in mainland France or in Canada. Kidney transplants for children are performed in Paris, Lyon and other French cities, and in Halifax and Montreal. The request does not show that Maëlys was referred to any of these hospitals or was turned away by one of them.]]
[FR] Les résidents de Saint-Pierre-et-Miquelon qui ont besoin de soins non disponibles sur l'archipel sont orientés, au titre de la couverture maladie du territoire, vers des hôpitaux de métropole ou du Canada. Des greffes de rein pédiatriques sont réalisées à Paris, à Lyon et dans d'autres villes françaises, ainsi qu'à Halifax et à Montréal. La demande n'établit pas que Maëlys a été adressée à l'un de ces hôpitaux ni que l'un d'eux a refusé de la soigner.
[[medical-urgency: The nephrologist writes that Maëlys began peritoneal dialysis at home in March 2027 and that a transplant is "the preferred long term option." The letter does not say that her health is declining on dialysis or that the transplant must take place within any particular time.]]
[FR] Le néphrologue indique que Maëlys a commencé une dialyse péritonéale à domicile en mars 2027 et qu'une greffe constitue « la meilleure option à long terme ». La lettre ne précise pas que son état se dégrade sous dialyse ni que la greffe doit intervenir dans un délai donné.
[[financial-support: The Boston hospital estimates 260,000 dollars for the operation and the three months of care that follow. It is not shown whether the territory's social security fund, which usually pays for care given away from the islands, has agreed to pay any part of this sum or has refused. Your Form I-134 declares savings of 38,000 dollars and no other resources.]]
[FR] L'hôpital de Boston évalue à 260 000 dollars le coût de la greffe et des trois premiers mois de soins. Le dossier ne montre pas si la caisse de sécurité sociale du territoire, qui prend habituellement en charge les soins reçus hors de l'archipel, a accepté de payer une partie de cette somme ou l'a refusé. Votre formulaire I-134 déclare une épargne de 38 000 dollars et aucune autre ressource.
{N08_F2}
\f[[other-avenues: Maëlys, a French citizen, is eligible to seek an ESTA approval for a visit under the Visa Waiver Program, or to apply for a B-2 visa. The request does not say that either was tried or why parole is needed in their place.]]
[FR] En tant que ressortissante française, Maëlys peut se rendre aux États-Unis dans le cadre du programme d'exemption de visa après avoir obtenu une autorisation ESTA, ou demander un visa B-2. La demande n'indique pas que l'une ou l'autre de ces voies a été tentée, ni pourquoi le parole serait nécessaire à leur place.
You may submit evidence and argument in reply. A response must reach USCIS within 30 days, counted from the notice date above. If none is received, the request will be decided on the present record.
[FR] Vous pouvez présenter des preuves et des observations en réponse. Votre réponse doit parvenir dans un délai de 30 jours à compter de la date du présent avis. À défaut, il sera statué sur la demande au vu du dossier actuel.
Send your reply to / Adresse de réponse: USCIS, Humanitarian Affairs Branch, 5900 Capital Gateway Drive, Camp Springs, MD 20746, USA
Claire Dumont Whitfield
Adjudications Officer / Agente d'instruction
{N08_F3}
"""

N09 = """U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
REQUEST FOR EVIDENCE -- RESPONSE FORM
Date of request: October 5, 2027
Receipt Number: IOE1967734085
Requestor: Daniel Higa
Beneficiary: Hina Arakaki
This request is printed as a response form. After each request there is space for your answer and for a list of the documents you enclose. Write or type in that space, attach more pages if you need them, and return the whole form with your evidence.
Daniel Higa, of Honolulu, Hawaii, asks that his niece, Hina Arakaki, be paroled into the United States. Hina was born in Naha, Okinawa, Japan, four months ago and has perinatal hypophosphatasia, an inherited disorder in which bones fail to harden. The request seeks enzyme replacement and breathing support at a children's hospital in Dallas, Texas; her parents, Yuto and Saki Arakaki, would come with her.
Parole may be authorized, in the Secretary's discretion and only temporarily, for urgent humanitarian reasons or significant public benefit. INA section 212(d)(5)(A), 8 U.S.C. 1182(d)(5)(A). The requestor must establish eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
USCIS has the Form I-131, a Form I-134 from the requestor, a letter of August 20, 2027 from the neonatal unit in Naha, an estimate from the Dallas hospital, a birth registration and a hospital summary with English versions, and the parents' passports.
Request 1: Treatment in Japan
[[treatment-unavailable: The enzyme replacement proposed in Dallas, asfotase alfa, is approved in Japan and has been given there to infants with this disorder for about a decade. The Naha letter says that Hina "would benefit from specialist care abroad" but does not say whether a Japanese university hospital was asked to treat her or why treatment in Japan is not possible. Please provide a letter from a treating physician on this question, with any referral to another hospital in Japan and its answer.]]
Your response to Request 1: ..........................................................................................
Documents enclosed for Request 1: ..........................................................................................
Request 2: Travel
[[travel-feasibility: Hina has been in a neonatal intensive care unit since birth and, according to the Naha records, needs help to breathe. Nothing in the file says how an infant in that condition would make a journey of about 7,000 miles to Texas. Please provide her physician's statement on whether she can travel, and how she would be flown, by air ambulance or on a scheduled flight with a doctor or nurse, with the provider's written confirmation.]]
Your response to Request 2: ..........................................................................................
Documents enclosed for Request 2: ..........................................................................................
\fRequest 3: Cost of care
[[financial-support: The Dallas hospital's estimate for the first year comes to 1,200,000 dollars, most of it for the drug. The requestor's Form I-134 shows income of 88,000 dollars. No drug maker, insurer or charitable program has been shown to have agreed to supply the medicine or pay for it. Please provide written commitments from whoever will meet these costs and proof that they are able to do so.]]
Your response to Request 3: ..........................................................................................
Documents enclosed for Request 3: ..........................................................................................
Request 4: Arrangements in Dallas
[[support-plan: Both parents mean to accompany Hina, and her father states that he would take unpaid leave from his work in Naha. The file does not say where the family would live in Dallas, how they would travel to and from the hospital, or how their daily expenses would be met during a stay that the hospital puts at a year or longer. Please describe these arrangements and provide letters from anyone who will give housing or other help.]]
Your response to Request 4: ..........................................................................................
Documents enclosed for Request 4: ..........................................................................................
Request 5: Translations
[[documentation: The English versions of the Japanese birth registration and the hospital summary were made by a machine translation service, as a note at the foot of each page shows, and are not certified. Please provide complete English translations, each with a signed statement by the translator certifying its accuracy and completeness and his or her command of Japanese and English.]]
Your response to Request 5: ..........................................................................................
Documents enclosed for Request 5: ..........................................................................................
Return this form, with your evidence, so that it reaches us by December 28, 2027. Mail it to USCIS, Humanitarian Affairs Branch, Attn: RFE Response Forms, 5900 Capital Gateway Drive, Camp Springs, MD 20746. Requests left blank will be treated as not answered, and USCIS will decide the request on the evidence then in the file.
Signature of requestor: ........................................ Date: ....................
Issued by: Samuel Okafor Brandt, Adjudications Officer
"""

N10 = """US DEPARTMENT OF HOMELAND SECURITY
US CITIZENSHIP AND IMMIGRATION SERVICES
HUMANITARIAN AFFAIRS BRANCH
NOTICE OF DECISION -- REQUEST DENIED
NOTICE DATE: 14 DEC 2027
RECEIPT NO: IOE6402588317
FORM: I-131 HUMANITARIAN PAROLE
REQUESTOR: ANNIE ANGUTIK MORRISON
BENEFICIARY: LUCASSIE ANGUTIK
DEAR MS. ANGUTIK MORRISON:
YOU ASKED THAT YOUR BROTHER, LUCASSIE ANGUTIK, AGE 45, A CANADIAN CITIZEN LIVING IN IQALUIT, NUNAVUT, BE PAROLED INTO THE UNITED STATES FOR TWELVE MONTHS. HE HAS DIFFUSE SYSTEMIC SCLEROSIS (SCLERODERMA) WITH SCARRING OF THE LUNGS, AND YOU STATE THAT A UNIVERSITY HOSPITAL IN DURHAM, NORTH CAROLINA, HAS OFFERED HIM A TRANSPLANT OF HIS OWN STEM CELLS. THE REQUEST IS DENIED.
PAROLE MAY BE GRANTED TEMPORARILY, AS A MATTER OF DISCRETION, FOR URGENT HUMANITARIAN REASONS OR SIGNIFICANT PUBLIC BENEFIT. INA SECTION 212(D)(5)(A), 8 U.S.C. 1182(D)(5)(A). THE REQUESTOR MUST SHOW ELIGIBILITY BY A PREPONDERANCE OF THE EVIDENCE. MATTER OF CHAWATHE, 25 I&N DEC. 369, 375-76 (AAO 2010).
EVIDENCE REVIEWED: FORM I-131; FORM I-134 OF THE REQUESTOR; LETTER OF 3 SEP 2027 FROM THE BENEFICIARY'S PHYSICIAN IN IQALUIT; LETTER OF 17 SEP 2027 FROM THE DURHAM TRANSPLANT PROGRAM; STATEMENT OF THE BENEFICIARY; CANADIAN PASSPORT.
THE REQUEST IS DENIED FOR THE FOLLOWING REASONS:
01. [[treatment-unavailable: STEM CELL TRANSPLANT FOR SEVERE SYSTEMIC SCLEROSIS IS PERFORMED IN CANADA, INCLUDING AT A HOSPITAL IN OTTAWA WITH LONG EXPERIENCE OF IT, AND NUNAVUT RESIDENTS ARE REGULARLY FLOWN TO OTTAWA FOR SPECIALIST CARE AT PUBLIC EXPENSE. THE IQALUIT PHYSICIAN'S LETTER DOES NOT STATE THAT THE BENEFICIARY WAS REFERRED THERE OR THAT HE WAS REFUSED.]]
02. [[other-avenues: THE BENEFICIARY IS A CANADIAN CITIZEN. CANADIAN CITIZENS GENERALLY NEED NO VISA TO VISIT THE UNITED STATES AND MAY ASK TO BE ADMITTED AS VISITORS FOR MEDICAL TREATMENT AT A PORT OF ENTRY. THE REQUEST DOES NOT EXPLAIN WHY PAROLE IS NEEDED.]]
03. [[security: IN HIS STATEMENT THE BENEFICIARY DISCLOSES A 2023 CONVICTION IN IQALUIT FOR ASSAULT CAUSING BODILY HARM. NO COURT RECORD, SENTENCING DOCUMENT OR POLICE CERTIFICATE WAS FILED, AND THE CIRCUMSTANCES OF THE OFFENSE ARE NOT DESCRIBED. USCIS THEREFORE CANNOT CONCLUDE THAT HE PRESENTS NO DANGER TO THE PUBLIC.]]
04. [[temporary-stay: THE DURHAM PROGRAM STATES THAT PATIENTS STAY NEAR THE HOSPITAL FOR ABOUT SIX MONTHS AFTER TRANSPLANT AND RETURN FOR REVIEWS OVER FIVE YEARS. THE REQUEST ASKS FOR TWELVE MONTHS OF PAROLE AND GIVES NO PLAN FOR HANDING HIS CARE BACK TO A PHYSICIAN IN CANADA OR FOR HIS RETURN HOME.]]
THIS DECISION CANNOT BE APPEALED. A NEW FORM I-131 MAY BE FILED WITH THE FEE IN EFFECT AND WITH NEW EVIDENCE THAT ANSWERS EACH REASON ABOVE.
ISSUING OFFICER: R. HALVORSEN, HUMANITARIAN AFFAIRS BRANCH
*** END OF NOTICE -- 1 PAGE ***
"""

NOTICES = [
    ("c01-numbered-rfe-2p", "rfe", "2027-01-19", "IOE2284190573", 84, [C01_F1, C01_H2, C01_F2], C01),
    ("c02-lettered-noid", "noid", "2027-03-03", "IOE6619402837", 33, [], C02),
    ("c03-bulleted-denial", "denial", "2027-04-14", "IOE9047715362", None, [], C03),
    ("c04-headed-denial-2p", "denial", "2027-05-20", "IOE3308156624", None, [C04_F1, C04_H2, C04_F2], C04),
    ("c05-runon-noid", "noid", "2027-06-09", "IOE7150263948", 33, [], C05),
    ("c06-quoting-rfe-denial", "denial", "2027-07-22", "IOE4852071139", None, [], C06),
    ("c07-headers-rfe-2p", "rfe", "2027-08-11", "IOE5530917284", 60, [C07_H, C07_P1, C07_P2], C07),
    ("n08-bilingual-noid-3p", "noid", "2027-09-08", "IOE8093346721", 30, [N08_F1, N08_F2, N08_F3], N08),
    ("n09-response-form-rfe-2p", "rfe", "2027-10-05", "IOE1967734085", 84, [], N09),
    ("n10-capitals-denial", "denial", "2027-12-14", "IOE6402588317", None, [], N10),
]
