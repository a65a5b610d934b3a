# The ten notices of heldout16. Each ground is marked in place as [[category: ... ]].
# Fields: name -> dict(kind, date, receipt, respond_by, furniture, text).
FF = "\f"
N = {}

N["c01-numbered-rfe-2p"] = dict(kind="rfe", date="2027-02-15", receipt="IOE0947162385", respond_by="2027-05-13",
furniture=["IOE0947162385 | Request for Evidence | 1 of 2", "IOE0947162385 | Request for Evidence | 2 of 2"], text="""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
REQUEST FOR EVIDENCE
Date: February 15, 2027
Receipt Number: IOE0947162385
Form: I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Beneficiary: Tomás Albino Cossa
Petitioner: Helena Cossa Mabunda
This notice concerns the request you filed for parole of your nephew, Tomás Albino Cossa, a seven year old citizen of Mozambique who was born with tetralogy of Fallot, a heart defect that leaves his blood short of oxygen. You ask that he be paroled so that a pediatric heart team in Houston can carry out a full surgical repair.
Parole is granted case by case under INA 212(d)(5)(A), 8 U.S.C. 1182(d)(5)(A), and only where the petitioner shows both an urgent humanitarian reason and that the beneficiary deserves a favorable exercise of discretion. The petitioner bears the burden of establishing eligibility by a preponderance of the evidence.
The record now contains Form I-131, Form I-134 signed by you, a letter of November 3, 2026 from a cardiologist at the central hospital in Maputo, an echocardiogram report, a letter from a Houston children's hospital dated December 1, 2026, and the boy's birth certificate with an English translation.
USCIS has reviewed this material and needs more before it can decide the request. Send the evidence listed below.
1. [[medical-urgency: The Maputo letter was written more than three months before this notice and describes oxygen levels near 80 percent with two fainting spells in the past year. It does not say whether those spells have become more frequent, whether the boy is now on medication to prevent them, or what his cardiologist expects to happen if repair waits another six months. Submit an updated letter from the treating cardiologist with his most recent oxygen readings, together with his view of the danger in further delay.]]
2. [[treatment-unavailable: The Maputo cardiologist writes that open heart repair of this kind is "rarely performed" in Mozambique. Rarely is not never. Explain whether the cardiac unit in Maputo, or a center in South Africa such as those in Johannesburg or Cape Town, was asked to take the case, and provide any replies, including a refusal or a waiting list.]]
3. [[us-treatment-arranged: The Houston letter says the hospital "would be pleased to review Tomás's records" with a view to surgery. It is a letter of interest, not an acceptance. It names no surgeon, does not say whether a first operation to place a shunt would be needed before the full repair, and gives no estimate of how long the boy would stay in the intensive care unit or how many weeks he would need to remain near the hospital
IOE0947162385 | Request for Evidence | 1 of 2
""" + FF + """IOE0947162385 | Request for Evidence | 2 of 2
before he could fly home. Provide a letter from the hospital that accepts him as a patient, names the responsible surgeon and describes the intended treatment and how long it should take.]]
4. [[financial-support: Your Form I-134 shows earnings of $51,300 a year as a school bus driver and savings of $6,200. The Houston hospital has not given a cost estimate, and no charity, hospital assistance program or other sponsor has put in writing that it will pay. Provide the hospital's estimate and evidence of how the surgery, the hospital stay, the flights for the boy and an adult companion, and their living costs will be paid.]]
Your response must be received within 87 days of the date of this notice (84 days plus 3 days for mailing). Send all of the evidence at one time, with a copy of this notice on top, to the address below. If you do not respond, USCIS will decide the request on the record as it stands.
USCIS Humanitarian Affairs Branch
Attn: Parole RFE Response
5900 Capital Gateway Drive, Camp Springs, MD 20746
Sincerely,
R. Okonkwo-Lindqvist
Adjudications Officer
""")

N["c02-lettered-noid"] = dict(kind="noid", date="2027-03-08", receipt="IOE0951837604", respond_by="2027-04-10", furniture=[], text="""NOTICE OF INTENT TO DENY
March 8, 2027
Receipt Number: IOE0951837604
Beneficiary: Mwila Grace Chanda
Petitioner: Bupe Chanda Nkonde
USCIS has reviewed the Form I-131 you filed on October 19, 2026, asking that your sister, Mwila Grace Chanda, a 55 year old citizen of Zambia, be paroled into the United States for removal of a chondrosarcoma, a cartilage tumor of the right pelvic bone.
A request for parole succeeds only where the evidence establishes an urgent humanitarian reason or a significant public benefit and shows that a favorable exercise of discretion is warranted. The petitioner must prove each element more likely than not. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).
The evidence received includes a letter from an orthopedic surgeon in Lusaka dated September 30, 2026, a pathology report from a biopsy, an MRI report of the pelvis, a letter from a cancer center in Minneapolis dated October 6, 2026, Form I-134, and your pay statements for three months.
USCIS has weighed this evidence and, for the reasons in (a) through (c), intends to deny the application.
(a) [[treatment-unavailable: The Lusaka surgeon states that a pelvic resection of this size "cannot be offered safely" in Zambia. The letter is silent on Johannesburg and Nairobi, where bone tumor surgery is performed, and the file shows no request to a hospital in either city. Nothing explains why Ms. Chanda could not be treated in the region.]]
(b) [[financial-support: The Minneapolis cancer center estimates the operation and stay at $184,000 and asks for a deposit of half that amount before admission. Your pay statements show a net income of about $3,900 a month, your Form I-134 lists savings of $11,000, and no other person or body has pledged to pay. Nothing in the file shows how the deposit or the balance would be met.]]
(c) [[travel-feasibility: The MRI report describes the tumor as pressing on the hip joint, and the Lusaka letter says Ms. Chanda now walks only with two crutches and cannot sit for long. The trip to Minneapolis takes more than a day with two changes of plane. No physician has addressed whether she can make that trip seated, whether she would need a stretcher or a medical escort, or who would arrange either.]]
You may respond to this notice with rebuttal evidence. Your response must be received within 33 days of the date of this notice (30 days plus 3 days for mailing). If no response is received, the application will be denied.
M. Ferreira-Holt
Supervisory Officer, Humanitarian Affairs Branch
""")

N["c03-bulleted-denial"] = dict(kind="denial", date="2027-04-19", receipt="IOE0958204617", respond_by=None, furniture=[], text="""Koffi Sènan Agossou
c/o Ms. Rosine Agossou Dossou
1418 Larkspur Court
Columbus, OH 43219
April 19, 2027
Receipt Number: IOE0958204617
DECISION
Ms. Dossou filed Form I-131 on behalf of her brother, Koffi Sènan Agossou, a 29 year old citizen of Benin who has severe hemophilia A and has developed inhibitors, antibodies that stop the usual clotting factor from working. She asks that he be paroled so that his destroyed right knee can be replaced at a hemophilia treatment center in Ohio. After review of the record, USCIS has denied the application.
Parole is a discretionary measure reserved for urgent humanitarian reasons or significant public benefit. The burden of proving each element rests with the petitioner.
The application included:
- a letter from a hematologist in Cotonou dated November 12, 2026;
- X-rays of both knees;
- a letter from an orthopedic surgeon at a hemophilia treatment center in Columbus;
- Form I-134 signed by the petitioner, with bank statements;
- a statement from the beneficiary in French with an English translation.
USCIS finds that the application falls short in the following respects:
• [[medical-urgency: The Cotonou hematologist describes repeated bleeding into the right knee since childhood and severe pain, but the record does not explain what would change if the operation were put off. No physician states that the knee, or his health generally, will worsen in a way that a later operation could not correct, and the letter is now five months old.]]
• [[us-treatment-arranged: Knee replacement in a patient with inhibitors requires bypassing agents that control bleeding during and after surgery. The Columbus surgeon's letter says only that the team "is open to evaluating" Mr. Agossou and does not say whether the center's hematologists have agreed to manage his clotting, where the costly bypassing agents would come from, or whether the team has ever operated on a patient with inhibitors.]]
• [[financial-support: The bank statements show a balance of $14,800, and the Form I-134 lists household income of $58,000. Surgery for a patient with inhibitors can cost several hundred thousand dollars, chiefly for the clotting products, and no estimate of any kind was submitted. It has not been shown that these costs would be covered.]]
• [[temporary-stay: Mr. Agossou will need bypassing agents and physical therapy for months after the operation. The record does not say who in Benin would supply those products or supervise his recovery, and his statement speaks of "starting a new life near my sister," which does not suggest a plan to go home.]]
For these reasons, the application is denied.
This decision may not be appealed to the Administrative Appeals Office, and a motion to reopen or reconsider is not available. A new Form I-131 may be filed with the required fee and new evidence.
Officer 4471
Humanitarian Affairs Branch
""")

N["c04-headed-denial-2p"] = dict(kind="denial", date="2027-05-24", receipt="IOE0962470153", respond_by=None,
furniture=["Decision on parole request of Aysel Mammadova - IOE0962470153", "Page 1", "Page 2"], text="""Decision
Notice Date: May 24, 2027
Receipt Number: IOE0962470153
Beneficiary: Aysel Mammadova
Petitioner: Rauf Mammadov
Your Form I-131 asked that your daughter, Aysel Mammadova, a four year old citizen of Azerbaijan, be paroled for treatment of retinoblastoma, a cancer of the retina, in her left eye. The proposed treatment is chemotherapy given through a small catheter into the artery of the eye at a children's hospital in Philadelphia. USCIS has considered the record and the application is denied.
Standard
The petitioner must establish an urgent humanitarian reason or significant public benefit and that the beneficiary merits a favorable exercise of discretion. Each point must be proved by a preponderance of the evidence.
Record
You submitted a letter from a pediatric oncologist in Baku dated January 11, 2027, an eye examination report under anesthesia, an MRI report, a letter from the Philadelphia hospital, Form I-134, and a letter from a relative in New Jersey.
Urgency of Treatment
[[medical-urgency: The Baku oncologist reports that the tumor in the left eye was found in December 2026 and has been treated with two cycles of chemotherapy through a vein. The letter does not say how the tumor responded to those cycles, whether the right eye has been examined since, or why the current treatment cannot continue while other options are arranged.]]
Treatment in Azerbaijan and Nearby Countries
[[treatment-unavailable: The record states that catheter chemotherapy to the eye is not offered in Baku. It does not address Istanbul or Ankara, where this treatment is given to children, or Moscow, and it gives no reason why a center in Türkiye could not be used. The cost of treatment there is also not discussed.]]
Care and Lodging During Treatment
[[support-plan: Treatment of this kind is given in several sessions about four weeks apart, each under general anesthesia, with eye examinations between them. The relative in New Jersey writes that the family "can stay with us," but his home is more than an hour and a half from Philadelphia by car, the letter does not say who would drive the child and her mother to each session, and no one has described how the family would meet daily expenses over what could be a stay of
Page 1
""" + FF + """Decision on parole request of Aysel Mammadova - IOE0962470153
four to six months.]]
Return to Azerbaijan
[[temporary-stay: Children treated for retinoblastoma need eye examinations under anesthesia for years. The record names no physician in Baku who has agreed to take over that follow-up, and the family does not say when it plans to return.]]
Conclusion
Because the petitioner has not met his burden on these points, the application is denied. This decision cannot be appealed. You may file a new Form I-131, with fee, if you can address the deficiencies above.
Sincerely,
J. Adeyemi-Stroud
Director, Humanitarian Affairs Branch
Page 2
""")

N["c05-runon-rfe"] = dict(kind="rfe", date="2027-06-14", receipt="IOE0966318042", respond_by="2027-09-06", furniture=[], text="""U.S. Citizenship and Immigration Services
REQUEST FOR EVIDENCE
June 14, 2027
Receipt Number: IOE0966318042
Jean-Paul Habimana
c/o Claudine Uwase Mugisha
77 Birchwood Lane, Apt. 3B
Portland, ME 04103
Re: Parole request for Jean-Paul Habimana
You filed Form I-131 asking that your father, Jean-Paul Habimana, a 44 year old citizen of Rwanda, be paroled into the United States to have part of his esophagus removed for a cancer found in the lower esophagus in January 2027.
The beneficiary must show an urgent humanitarian reason or significant public benefit and merit a favorable exercise of discretion; the petitioner bears that burden. Parole is not meant to take the place of a visa.
With the application you filed a letter from an oncologist in Kigali dated February 2, 2027, a CT report, a biopsy report, a letter from a hospital in Boston, and Form I-134 with your tax return for 2026.
USCIS needs further evidence on the points below. [[medical-urgency: The Kigali letter says the tumor is "locally advanced" and that surgery should follow chemotherapy and radiation, but it does not say whether that first stage has begun, where it is being given, or when surgery would be due.]] [[treatment-unavailable: Further, the letter states that removal of the esophagus "is not routinely done" in Rwanda, yet it says nothing about Nairobi or Kampala, where surgeons perform this operation, and nothing about whether Mr. Habimana was referred to either. Submit an updated letter that addresses both points.]]
[[financial-support: The Boston letter confirms that a thoracic surgeon has agreed to operate and estimates the cost at $96,000 for the operation and a ten day stay, but your 2026 tax return shows income of $44,700 and you do not identify any other source of payment. Show how the costs would be paid.]] [[other-avenues: Additionally, the file does not show that Mr. Habimana sought a B-2 visitor visa from the embassy in Kigali or explain why that route could not be used for planned surgery some months away. Provide either evidence of a visa application and its outcome or an explanation of why no application was made.]]
Your response must be received by September 6, 2027. Send the requested evidence together, with this notice, in one package.
L. Marchetti-Owusu
Officer, Humanitarian Affairs Branch
""")

N["c06-pagebreak-noid-3p"] = dict(kind="noid", date="2027-07-12", receipt="IOE0971054286", respond_by="2027-08-11",
furniture=["NOID - Salem Ahmed Al-Hakimi - IOE0971054286", "- 1 -", "- 2 -", "- 3 -"], text="""NOID - Salem Ahmed Al-Hakimi - IOE0971054286
U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
NOTICE OF INTENT TO DENY
Date: July 12, 2027
Receipt Number: IOE0971054286
Beneficiary: Salem Ahmed Al-Hakimi
Petitioner: Nabil Al-Hakimi
Your Form I-131 seeks parole for your son, Salem Ahmed Al-Hakimi, a six year old citizen of Yemen who was born with bladder exstrophy, a defect in which the bladder forms open on the outside of the belly. An operation in Sana'a in 2022 to close the bladder failed, and you ask that he be paroled for staged reconstruction at a children's hospital in Baltimore.
To be granted parole, the beneficiary must show an urgent humanitarian reason or significant public benefit and that discretion should be exercised in his favor. The petitioner bears the burden of proof. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).
The evidence consists of a letter from a urologist in Sana'a dated March 4, 2027, a discharge summary from the 2022 operation, an ultrasound report, a letter from the Baltimore hospital dated April 20, 2027, Form I-134 from the petitioner, and a letter from a mosque in Dearborn, Michigan.
USCIS intends to deny the application. Its reasons follow.
[[treatment-unavailable: First, the Sana'a urologist writes that repeat closure of the bladder is "beyond our means," a statement USCIS accepts for Yemen. Several hospitals in Egypt, Jordan and Saudi Arabia perform this surgery on children, and the record gives no sign that any of them was approached. You do not explain why Salem could not be treated in the region, nearer his family and at lower cost.]]
[[us-treatment-arranged: Second, the Baltimore letter states that the hospital's pediatric urology service has reviewed the ultrasound and "agrees that Salem needs further surgery." It does not say that the hospital has accepted him as a patient. It describes the reconstruction as two or three operations spread over as long as a year, but it does not set out which of them would be done during the stay for which parole is sought, nor whether Salem
- 1 -
""" + FF + """NOID - Salem Ahmed Al-Hakimi - IOE0971054286
would be expected to leave between stages.]]
[[financial-support: Third, no estimate of the cost of surgery was submitted. The Form I-134 shows that you earn $39,600 a year as a warehouse worker and support four people, and the mosque's letter says its members "will do what they can" without naming an amount. These documents do not establish that the surgeries, the hospital stays and a year of living costs would be paid.]]
[[travel-feasibility: Fourth, the record does not say how Salem and an adult companion would leave Yemen. Commercial flights from Sana'a are limited, and the family would most likely need to travel by road to Aden or to a neighboring country to board a flight. The file does not describe the route, whether the child's open bladder can be kept clean and protected during a long journey by road and air, or whether any physician has judged him fit for it.]]
[[support-plan: Fifth, the petitioner lives in Dearborn, about 500 miles from Baltimore. The record does not say where Salem and his mother would live during a stay of up to a year, by what means they would travel to the hospital for each operation and the many clinic visits between them, or who would help care for the child at home while he recovers from surgery
- 2 -
""" + FF + """NOID - Salem Ahmed Al-Hakimi - IOE0971054286
with drains and catheters in place.]]
You may submit evidence in rebuttal. Your response must be received within 30 days of the date of this notice. If USCIS does not receive a response by that date, the application will be denied.
Sincerely,
D. Castellanos-Whitby
Adjudications Officer
Humanitarian Affairs Branch
- 3 -
""")

N["c07-quoting-rfe-denial"] = dict(kind="denial", date="2027-08-23", receipt="IOE0975630918", respond_by=None, furniture=[], text="""DECISION
Date: August 23, 2027
Receipt Number: IOE0975630918
Beneficiary: Ibrahim Said Mohamed
Petitioner: Fatima Said Abdallah
Ms. Abdallah filed Form I-131 seeking parole for her son, Ibrahim Said Mohamed, a two year old citizen of Comoros, who has hydrocephalus, a buildup of fluid in the brain. A drainage tube placed in Moroni in 2026 has become blocked, and the petitioner asks that he be paroled for a new drainage operation at a children's hospital in Seattle. After review of the record, including the response to a request for evidence, the application is denied.
The petitioner bears the burden of proving that the beneficiary is eligible for parole and merits it as a matter of discretion.
On March 15, 2027, USCIS issued a Request for Evidence (RFE). In relevant part, the RFE stated:
"The Moroni pediatrician's letter describes the blocked drain but gives no recent head measurement or scan. Submit a current medical opinion describing the child's present condition and the risk of waiting."
"You state that no neurosurgeon practices in Comoros. Explain whether hospitals in Madagascar, Réunion, Mayotte, Tanzania or Kenya were asked to treat the child, and provide any replies."
"The Seattle hospital's email agrees to review the case. Submit a letter in which the hospital accepts the child for surgery and describes the treatment."
Your response, received on June 2, 2027, included a letter from the Moroni pediatrician dated May 10, 2027, a letter from a hospital in Dar es Salaam, and a statement by the petitioner.
The response does not resolve the concerns raised in the RFE.
[[medical-urgency: The pediatrician's new letter reports that the child's head has grown by two centimeters since January and that he vomits in the mornings, and it calls his condition "worrying." It still gives no scan, does not say whether the drain has been tested, and offers no view of how quickly harm to the brain could follow. The record thus shows a serious condition, but not the degree of urgency on which parole rests.]]
[[treatment-unavailable: The Dar es Salaam hospital writes that its neurosurgery department can replace a blocked drain in a child and that the family may come "at any time." The petitioner's statement says the family prefers the United States because her sister lives in Seattle. A family preference is not a reason to find that treatment is unavailable outside the United States, and the record shows it is available in Tanzania.]]
[[us-treatment-arranged: The response contains nothing new from the Seattle hospital. The only document from that hospital remains the email in which it agrees to review the case, and it has not accepted the child as a patient or described any treatment.]]
The application is therefore denied.
There is no appeal from this decision to the Administrative Appeals Office. The petitioner may file a new Form I-131 with the fee and with evidence that addresses the points above.
K. Vasquez-Brennan
Acting Director, Humanitarian Affairs Branch
""")

N["n08-facts-deficiencies-noid"] = dict(kind="noid", date="2027-09-20", receipt="IOE0980416537", respond_by="2027-10-23", furniture=[], text="""NOTICE OF INTENT TO DENY
Date: September 20, 2027
Receipt Number: IOE0980416537
Beneficiary: Desmond Orlando Flowers
Petitioner: Marisol Flowers Castillo
This notice is in two parts. Part One sets out the facts USCIS takes from the record. Part Two states the deficiencies that lead USCIS to intend to deny the Form I-131 filed for Desmond Orlando Flowers, a 57 year old citizen of Belize, by reference to those facts.
The petitioner must show, by a preponderance of the evidence, an urgent humanitarian reason or significant public benefit and that the beneficiary merits a favorable exercise of discretion.
PART ONE: FACTS
Fact 1. Mr. Flowers was diagnosed with multiple myeloma, a cancer of the plasma cells in the bone marrow, in Belize City in February 2027, after a fracture of the spine.
Fact 2. A hematologist in Belize City wrote on April 6, 2027 that Mr. Flowers has had four cycles of chemotherapy and should next receive high dose chemotherapy with a transplant of his own stem cells, which is not done in Belize.
Fact 3. The petitioner's cover letter states that Mr. Flowers "has no other option" than the United States.
Fact 4. A cancer center in Miami wrote on May 3, 2027 that it "can see Mr. Flowers in consultation" and quoted $165,000 for a transplant with a 100 day stay nearby.
Fact 5. The petitioner, a nurse in Orlando, filed Form I-134 showing income of $82,000 and savings of $21,000; she has three children at home.
Fact 6. Mr. Flowers was refused a B-2 visa in 2019 under section 214(b); the refusal is not mentioned in the application.
PART TWO: DEFICIENCIES
Deficiency 1 (Facts 2 and 3): [[treatment-unavailable: The hematologist's letter shows only that the transplant is not available in Belize. Transplants of this kind are done in Guatemala City, in Mexico and in several cities of Central America and the Caribbean, and neither the letter nor the cover letter says that any of them was asked. The statement that Mr. Flowers has no other option is not supported.]]
Deficiency 2 (Fact 4): [[us-treatment-arranged: An offer to see a patient in consultation is not an acceptance for transplant. The Miami letter does not say that the transplant team has agreed to treat Mr. Flowers, whether his disease has responded well enough to proceed, or when the collection of stem cells would take place.]]
Deficiency 3 (Facts 4 and 5): [[financial-support: The $165,000 quote exceeds the petitioner's income and savings together several times over, and it does not include lodging for 100 days or a caregiver, which the center requires for transplant patients. No other source of funds is shown.]]
Deficiency 4 (Fact 6): [[discretion: The 2019 visa refusal was not disclosed, and the application does not explain what happened then or whether anything has changed. Leaving out a prior refusal bears on the credibility of the application as a whole and counts against him when USCIS weighs whether to grant parole.]]
You may respond with evidence that addresses each deficiency. Your response must be received within 33 days of the date of this notice (30 days plus 3 days for mailing). If no response is received, USCIS will deny the application.
S. Thorvaldsen-Akande
Adjudications Officer
""")

N["n09-by-provider-rfe-2p"] = dict(kind="rfe", date="2027-10-04", receipt="IOE0984257190", respond_by="2027-12-27",
furniture=["Request for Evidence, IOE0984257190, page 1 of 2", "Request for Evidence, IOE0984257190, page 2 of 2"], text="""U.S. Citizenship and Immigration Services
Request for Evidence
Notice Date: October 4, 2027
Receipt Number: IOE0984257190
Beneficiary: Oyunchimeg Batbayar
Petitioner: Enkhjargal Batbayar Reyes
You have asked that your niece, Oyunchimeg Batbayar, an eleven year old citizen of Mongolia, be paroled into the United States for treatment of severe aplastic anemia, a failure of the bone marrow to make blood cells. A hospital in Denver proposes a bone marrow transplant from her brother.
The beneficiary must show an urgent humanitarian reason or a significant public benefit and that she merits parole as a matter of discretion, and the petitioner must prove it.
USCIS has received Form I-131, Form I-134, a letter from a hematologist in Ulaanbaatar dated July 2, 2027, blood count reports, an email from the Denver hospital's international office, and the petitioner's bank statements.
More evidence is needed. The requests below are grouped by the person or body that is in a position to supply each item. Evidence that cannot be obtained from the person named may come from another source, with an explanation.
To be provided by the treating hematologist in Ulaanbaatar:
[[medical-urgency: The July letter reports transfusions every three weeks and one serious infection, but it is now three months old and does not say whether the child has received any drug treatment for the marrow failure, how she has responded, or how soon she must be transplanted to avoid a life-threatening infection or bleed. Provide a current letter covering these points, with her latest blood counts.]]
[[treatment-unavailable: The hematologist writes that bone marrow transplants for children "are not yet established" in Mongolia. Explain whether the child was referred to a transplant center in Beijing, Seoul or another city in the region, and submit any response received.]]
To be provided by the Denver hospital:
[[us-treatment-arranged: The international office's email says only that the hospital "has received the referral." Submit a letter from the transplant physician that accepts the child for treatment, confirms that her brother has been found to be a suitable donor, and states the expected dates of admission and discharge and the length of follow-up in Denver.]]
To be provided by the petitioner or another sponsor:
[[financial-support: The bank statements show $27,400 in savings, and the Form I-134 gives an annual income of $61,000. A sibling donor transplant and the months that follow can cost well over $300,000. Provide the hospital's cost estimate and evidence of funds or a signed commitment from a charity or the hospital that covers it, as well as the cost of travel for the child, her brother and a parent.]]
[[support-plan: You live in Salt Lake City. The record does not say where the child and her family would live in Denver during the first months after transplant, when patients must remain close to the hospital, or who would give daily care and drive her to appointments. Describe the housing and care arrangements
Request for Evidence, IOE0984257190, page 1 of 2
""" + FF + """Request for Evidence, IOE0984257190, page 2 of 2
and provide letters from those who will provide them.]]
To be provided by the beneficiary's parents:
[[temporary-stay: Submit a statement from the child's parents describing the family's plans to return to Mongolia after treatment, and a letter from a physician in Ulaanbaatar agreeing to take over her care and monitoring on her return.]]
Your response must be received within 84 days of the date of this notice. Submit all requested evidence at the same time. A response that leaves items out may lead to a decision on the record without further notice.
A. Gunnarsdottir-Mensah
Officer, Humanitarian Affairs Branch
""")

N["n10-footnoted-denial-2p"] = dict(kind="denial", date="2027-11-15", receipt="IOE0989723461", respond_by=None,
furniture=["IOE0989723461 / Decision / 1", "IOE0989723461 / Decision / 2"], text="""DECISION
November 15, 2027
Receipt Number: IOE0989723461
Beneficiary: Abdourahman Houssein Robleh
Petitioner: Hodan Robleh Farah
The petitioner filed Form I-131 for her husband, Abdourahman Houssein Robleh, a 46 year old citizen of Djibouti, for surgery and radiation to treat a cancer of the tongue at a cancer center in Columbus, Ohio. Parole may be granted only for urgent humanitarian reasons or significant public benefit, as a matter of discretion.[1] USCIS has considered the evidence submitted.[2]
The petitioner has not shown that the treatment is unavailable in the region,[3] that a United States provider has agreed to treat the beneficiary,[4] or that the costs would be met.[5] Nor has she shown that the beneficiary is fit for the journey.[6] The application is therefore denied.
This decision cannot be appealed to the Administrative Appeals Office. A new Form I-131 may be filed with the fee and new evidence.
T. Lindgren-Oduya
Director, Humanitarian Affairs Branch
Notes
1. INA 212(d)(5)(A), 8 U.S.C. 1182(d)(5)(A). The petitioner bears the burden of proof. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).
2. The record contains Form I-134, a letter from an ear, nose and throat surgeon in Djibouti City dated June 9, 2027, a biopsy report, a CT report, an email from the Columbus cancer center dated July 1, 2027, and the petitioner's pay statements.
3. [[treatment-unavailable: The Djibouti City surgeon writes that the operation, which removes part of the tongue and rebuilds it with tissue from the forearm, needs a team "not present in Djibouti." He does not discuss Addis Ababa, Nairobi or Cairo, each within a short flight, where head and neck cancer surgery is done, and the petitioner does not say why none of them was tried.]]
4. [[us-treatment-arranged: The Columbus email thanks the petitioner for her inquiry and says that a nurse navigator "will be in touch." No physician at the center has reviewed the case or agreed to operate, and no treatment plan was submitted.]]
IOE0989723461 / Decision / 1
""" + FF + """IOE0989723461 / Decision / 2
5. [[financial-support: The pay statements show that the petitioner earns $2,950 a month as a home health aide. No estimate of the cost of surgery and six weeks of radiation was provided, and no sponsor other than the petitioner appears in the record.]]
6. [[travel-feasibility: The CT report describes a tumor reaching the floor of the mouth, and the surgeon notes that Mr. Robleh has lost 11 kilograms because he can hardly swallow. No doctor has addressed whether he can travel without a feeding tube or whether his airway could become blocked during a long flight.]]
""")
