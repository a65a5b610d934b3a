# Notice texts; each ground marked in place as [[category: ...]]. Form feed = page break.
N = {}
FF = "\f"

N["c01-numbered-rfe-2p"] = dict(kind="rfe", date="2027-02-15", receipt="IOE0614287359", days=87,
furniture=["IOE0614287359 | RFE | Page 1 of 2", "IOE0614287359 | RFE | Page 2 of 2"], text="""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
5900 Capital Gateway Drive, Camp Springs, MD 20746

REQUEST FOR EVIDENCE

Date: February 15, 2027
Receipt Number: IOE0614287359
Form I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Beneficiary: Marisol Jno Baptiste
Petitioner: Clement Jno Baptiste

Dear Mr. Jno Baptiste:

You filed a request for parole on behalf of your niece, Marisol Jno Baptiste, a 16-year-old citizen of Dominica, so that she may have open-heart closure of a large hole between the upper chambers of her heart (atrial septal defect, too large to close by catheter) at a children's heart center in Tampa, Florida.

Parole may be granted only on a case-by-case basis for urgent humanitarian reasons or significant public benefit, and the requester must show eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). The evidence now in the file does not establish eligibility. Please send the evidence described below.

1. [[medical-urgency: The letter of Dr. Hyacinth Laville of Roseau, dated November 2, 2026, gives the size of the defect but no earlier measurement, so USCIS cannot tell how fast the right side of her heart is enlarging or whether her rhythm is affected. Submit serial echocardiogram reports and any rhythm monitoring results, with the physician's view of what a delay of six to twelve months would mean for her.]]

2. [[treatment-unavailable: According to the file, open-heart surgery is "not done on the island," but says nothing about referral centers in Barbados, Martinique or Trinidad, where heart surgery for children is reported to be offered. Explain whether Marisol was sent to any of these centers and, if so, why care there was refused or is unsuitable.]]

3. [[us-treatment-arranged: The Tampa hospital's letter of acceptance is addressed "To whom it may concern," is unsigned, and does not name the surgeon, the planned date of the operation, or the number of weeks of
IOE0614287359 | RFE | Page 1 of 2
\f
IOE0614287359 | RFE | Page 2 of 2
inpatient care and outpatient visits she would need after it. Provide a signed letter from the operating surgeon that gives these details.]]

4. [[financial-support: The hospital puts the cost of the operation and admission at $142,000. Your Form I-134 reports yearly earnings of $38,500 and no savings, and the file holds no pledge from the hospital's charity program. Show who would pay for the operation, the admission and Marisol's living costs in Florida.]]

5. [[documentation: The birth certificate submitted to show your relationship to Marisol is partly illegible, and the school record from Portsmouth is in French Creole without a translation. Submit a legible copy of the birth certificate and a complete English translation of the school record, with the translator's certification of competence.]]

Your response must be received within 87 days of the date of this notice (84 days plus 3 days for mailing). Send all the evidence at one time, with a copy of this notice on top. If you do not respond, the request will be decided on the record as it stands.

Sincerely,

Field Officer, Humanitarian Affairs Branch
""")

N["c02-lettered-noid"] = dict(kind="noid", date="2027-03-22", receipt="IOE0725913648", days=33, furniture=[], text="""NOTICE OF INTENT TO DENY

March 22, 2027
Receipt Number: IOE0725913648
Beneficiary: Kagiso Sebele
Petitioner: Neo Sebele-Morgan

Dear Ms. Sebele-Morgan:

USCIS has reviewed your Form I-131 filed for your father, Kagiso Sebele, a 63-year-old citizen of Botswana who has stomach cancer (gastric adenocarcinoma) and seeks parole to receive surgery and chemotherapy at a cancer center in Houston, Texas.

You bear the burden of proving eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). USCIS considered the letter of Dr. Onalenna Kgosi dated January 9, 2027, the biopsy report from Gaborone, a CT scan report, bank statements with your Form I-134, and your personal statement. USCIS therefore proposes to deny the request for the reasons below.

(a) [[treatment-unavailable: Dr. Kgosi writes that the operation "would be better done abroad," yet the record shows that chemotherapy is already being given to your father in Gaborone and that major cancer surgery is performed in Johannesburg and Pretoria, a short trip from his home. Nothing explains why a South African hospital was not approached.]]

(b) [[us-treatment-arranged: The Houston center has written only that it would "review records upon arrival." No surgeon has seen the scans, no treatment has been planned and no date set, so USCIS cannot find that care in the United States is in fact arranged.]]

(c) [[travel-feasibility: Your father has lost 14 kilograms and takes only liquids, according to the CT report's clinical note. No physician states that he is fit for a trip lasting over twenty hours, changing planes twice, or what help he would need along the way.]]

(d) [[other-avenues: Your father held a B-2 visitor visa until 2025 and visited you twice. The record does not show that he sought a new visitor visa to be treated, or why such an application could not be made and decided in time.]]

You may submit a rebuttal and additional evidence within 33 days of the date of this notice (30 days plus 3 days for mailing). If no response is received, the request will be denied.

Sincerely,

Supervisory Officer
""")

N["c03-bulleted-denial"] = dict(kind="denial", date="2027-04-28", receipt="IOE0836025174", days=None, furniture=[], text="""DECISION

April 28, 2027
Receipt Number: IOE0836025174
Beneficiary: Hajah Nurul Aziemah binti Yusof
Petitioner: Rosli bin Abdullah

Dear Mr. Rosli bin Abdullah:

You filed Form I-131 to request parole for your sister, Hajah Nurul Aziemah binti Yusof, a 49-year-old citizen of Brunei with a rare inflammatory disease of the blood vessels (Takayasu arteritis) affecting the aorta, for a course of biologic infusions and a possible bypass operation in Cleveland, Ohio. After review, the request is denied.

Parole is discretionary and is granted case by case only for urgent humanitarian reasons or significant public benefit. The requester must establish eligibility.

The following were submitted and reviewed:
- a letter from Dr. Awang Haji Salleh, rheumatologist, dated February 2, 2027;
- an angiogram report and blood test results;
- a letter from a vascular clinic in Cleveland;
- your Form I-134 with tax returns for 2025 and 2026.

The request is denied for these reasons:

• [[medical-urgency: The angiogram shows narrowing of two arteries, but Dr. Salleh writes that her disease "has been stable on current steroid therapy" for eight months. No physician explains what would happen if the infusions were started later or why the bypass cannot wait.]]
• [[treatment-unavailable: Biologic infusions of the kind proposed are listed as given at the national hospital in Bandar Seri Begawan, and vascular surgery is available in Singapore and Kuala Lumpur, where the Brunei government has long sent patients at public expense. The record does not say whether she was referred abroad under that scheme.]]
• [[temporary-stay: The Cleveland clinic anticipates infusions "every four weeks, indefinitely." The record does not show how or when treatment would be moved back to Brunei, and therefore does not show that a temporary stay is intended.]]

This decision cannot be appealed to the Administrative Appeals Office. You may file a new Form I-131 with the required fee if you have new evidence.

Sincerely,

Section Chief
""")

N["c04-headed-denial-2p"] = dict(kind="denial", date="2027-05-19", receipt="IOE0947162830", days=None,
furniture=["Page 1 of 2", "Decision | IOE0947162830 | Hadzic", "Page 2 of 2"], text="""DECISION ON PAROLE REQUEST

May 19, 2027
Receipt Number: IOE0947162830
Beneficiary: Edin Hadzic
Petitioner: Amra Hadzic-Lind

Dear Ms. Hadzic-Lind:

You asked that your brother, Edin Hadzic, a 38-year-old citizen of Bosnia and Herzegovina with beta thalassemia major who depends on monthly blood transfusions, be paroled into the United States to receive a bone marrow transplant from you at a transplant center in St. Louis, Missouri. For the reasons below, the application is denied.

Governing Standard
Parole may be granted in the Secretary's discretion, case by case, for urgent humanitarian reasons or significant public benefit. The applicant must show that the beneficiary qualifies and that parole is warranted as a matter of discretion.

Materials Considered
USCIS reviewed the letters of Dr. Selma Begic of Sarajevo and of the St. Louis transplant program, your donor matching summary, your Form I-134 with pay statements, a lease, and police certificates for the beneficiary.

Cost of the Transplant
[[financial-support: The St. Louis program estimates the combined cost of the transplant, the collection of your marrow and a year of drugs to prevent rejection at $310,000. Your pay statements show a monthly salary of $4,100, and your insurer's letter states that it will cover only your own donor procedure. No other source of payment is named, and the file is silent on how the beneficiary's transplant and medicines would be paid.]]

Housing and Care After the Transplant
[[support-plan: You propose that the beneficiary stay in your one-bedroom apartment after discharge. You would yourself be recovering from the marrow collection during the same weeks, and no other person is named to drive him to the frequent clinic visits that the program requires in the first three months.]]

Criminal Record
[[security: The police certificate from Tuzla shows a 2023 conviction for causing serious bodily injury in a traffic accident, with a suspended sentence. The application does not address the conviction, and no court records were provided from which USCIS could judge the
Page 1 of 2
\f
Decision | IOE0947162830 | Hadzic
circumstances of the offense.]]

Prior Immigration History
[[discretion: In 2019 the beneficiary entered the United States as a visitor and remained about eleven months beyond his authorized stay. Taken with the unexplained conviction, this history tells against parole as a discretionary matter, and the application offers nothing on the other side of the balance besides the medical need.]]

Conclusion
The application is denied. This decision may not be appealed. You may file a new Form I-131, with fee, if your circumstances change.

Sincerely,

Acting Director, Parole Unit
Page 2 of 2
""")

N["c05-runon-noid"] = dict(kind="noid", date="2027-06-14", receipt="IOE0158394726", days=30, furniture=[], text="""NOTICE OF INTENT TO DENY

June 14, 2027
Receipt Number: IOE0158394726
Beneficiary: Theodora Alcindor
Petitioner: Jean-Marc Alcindor

Dear Mr. Alcindor:

This notice concerns the Form I-131 you filed for your mother, Theodora Alcindor, a 71-year-old citizen of Saint Lucia with a leaking heart valve (severe mitral regurgitation) and episodes of heart failure, who seeks parole for a valve repair through a catheter at a heart institute in Miami, Florida.

The burden is on you to establish by a preponderance of the evidence that parole is warranted. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). USCIS has reviewed the cardiologist's letter, an echocardiogram report, the Miami institute's letter, your Form I-134 and your affidavit.

USCIS intends to deny the request. [[medical-urgency: The echocardiogram dated March 3, 2027 reports a pumping fraction of 58 percent and the cardiologist describes your mother as "comfortable at rest on diuretics," but no one explains how fast her heart is likely to decline or why the repair must be done within months rather than being planned over a longer period.]] [[treatment-unavailable: Further, valve repair through a catheter is reported to be performed in Barbados and in Martinique, and the letter from Castries states only that the procedure is "unavailable locally" without saying whether either center was asked to accept her.]]

[[financial-support: Your Form I-134 lists an income of $52,000 for a household of four, while the Miami institute quotes $96,000 for the device, the procedure and a five-day admission, and you have not shown savings, insurance or a charitable commitment to cover the balance.]] [[temporary-stay: Additionally, your affidavit says that your mother has no one left in Saint Lucia since your father died and that you hope she can "remain with the family," which does not show that she would go home after treatment.]]

You may respond to this notice within 30 days of the date of this notice. Include any rebuttal and evidence with a copy of this notice. If you do not respond, USCIS will decide the request on the current record.

Sincerely,

Officer in Charge
""")

N["c06-quoting-rfe-denial"] = dict(kind="denial", date="2027-07-26", receipt="IOE0269417583", days=None, furniture=[], text="""DECISION

July 26, 2027
Receipt Number: IOE0269417583
Beneficiary: Kadeem Charles
Petitioner: Lorna Charles-Greaves

Dear Ms. Charles-Greaves:

You filed Form I-131 requesting parole for your grandson, Kadeem Charles, a seven-year-old citizen of Grenada born with a large hole between the lower chambers of his heart (ventricular septal defect) and rising pressure in the lungs, so that he may have open-heart repair at a children's hospital in Boston, Massachusetts. Upon review, the application is denied.

It is your burden to show, by a preponderance of the evidence, that parole is warranted.

On April 30, 2027, USCIS issued a request for evidence that asked, in part, for:
"A letter signed by the treating cardiac surgeon in the United States confirming that Kadeem has been accepted for surgery, with the planned date."
"Evidence of how the hospital charges, travel and living expenses will be met."
"Certified English translations of all foreign language documents and a legible copy of the child's birth certificate."

USCIS received your response on July 8, 2027. It contained a letter from the hospital's international office, a fundraising page printout, a statement from your church, and a copy of the birth certificate.

The response does not resolve the concerns raised in the request for evidence.

[[us-treatment-arranged: The international office's letter states that Kadeem "is on the list for review by the cardiac team." It is not signed by a surgeon and gives no date for the operation, so acceptance for surgery is still not shown.]]

[[financial-support: The hospital quotes $185,000 for surgery and intensive care. The fundraising page shows $11,400 raised, and your church commits to "help as it is able" without a sum. Neither document shows that the charges, the air fare or the family's months in Boston would be met.]]

[[documentation: The copy of the birth certificate is again unreadable in the parents' names, and the letter from Dr. Alleyne of St. George's is still not accompanied by the certified translation of its Spanish-language attachment from the Cuban clinic that examined Kadeem in 2025.]]

The application therefore remains denied. There is no appeal from this decision. You may file a new Form I-131 with the fee and new evidence.

Sincerely,

Branch Chief
""")

N["c07-headers-rfe-2p"] = dict(kind="rfe", date="2027-08-09", receipt="IOE0371528649", days=87,
furniture=["USCIS - Request for Evidence - Ligohr - IOE0371528649", "Page 1", "Page 2"], text="""USCIS - Request for Evidence - Ligohr - IOE0371528649
REQUEST FOR EVIDENCE

August 9, 2027
Receipt Number: IOE0371528649
Form I-131
Beneficiary: Ioanis Ligohr
Petitioner: Maria Ligohr Santos

Dear Ms. Ligohr Santos:

You have requested parole for your brother, Ioanis Ligohr, a 35-year-old citizen of the Federated States of Micronesia who was found to have a large tumor of the nerve sheath in the neck (a schwannoma) that is pressing on his airway, for its removal at a university hospital in Honolulu, Hawaii.

The applicant must show by a preponderance of the evidence that urgent humanitarian reasons support parole. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

The file contains a referral letter from Pohnpei State Hospital, an MRI report, a letter from the Honolulu hospital's head and neck service, your Form I-134, and a statement from your cousin in Honolulu.

Additional evidence is needed on each of the points below.

[[medical-urgency: The MRI report dated June 1, 2027 describes a mass of 4.5 centimeters but does not state how far the airway is narrowed, and the referral letter does not say whether Ioanis has trouble breathing or swallowing now. Evidence may include a current examination note, a report of any airway scope, and the physician's opinion on how long the operation can safely wait.]]

[[us-treatment-arranged: The Honolulu letter says that the head and neck service "would be pleased to evaluate" Ioanis. Nothing shows that a surgeon reviewed the MRI, that an operation is planned, or what nerve monitoring and recovery time the surgery involves. Evidence may include the surgeon's signed letter with a proposed date and an outline of care before and
USCIS - Request for Evidence - Ligohr - IOE0371528649
Page 1
\f
USCIS - Request for Evidence - Ligohr - IOE0371528649
after the operation.]]

[[support-plan: Your cousin's statement offers a room in Honolulu but says she works night shifts. You live in Guam. The file does not show who would stay with Ioanis after discharge, bring him to his appointments, or help him if his voice or swallowing is weakened by the surgery. Evidence may include statements from the persons who would care for him and proof of the address.]]

[[travel-feasibility: The flight from Pohnpei to Honolulu lasts many hours with a stop in Majuro or Guam. No physician states that Ioanis can fly without airway support, or whether a medical escort would have to travel with him. Evidence may include the treating physician's statement clearing him to fly, and the airline's medical clearance.]]

Please respond within 87 days of the date of this notice (84 days plus 3 days for mailing). Return a copy of this notice with your response.

Sincerely,

Adjudications Officer
USCIS - Request for Evidence - Ligohr - IOE0371528649
Page 2
""")

N["n08-statutory-headings-denial"] = dict(kind="denial", date="2027-09-13", receipt="IOE0482639157", days=None, furniture=[], text="""DECISION ON APPLICATION FOR PAROLE

September 13, 2027
Receipt Number: IOE0482639157
Beneficiary: Prisca Mabiala
Petitioner: Armel Mabiala

Dear Mr. Mabiala:

This decision addresses the Form I-131 you filed for your wife, Prisca Mabiala, a 42-year-old citizen of the Republic of the Congo with a hormone-producing tumor of the pancreas (insulinoma) that causes repeated episodes of dangerously low blood sugar, for surgical removal at an academic medical center in Baltimore, Maryland. The application is denied.

The authority to parole, found at INA 212(d)(5)(A), is used only case by case for urgent humanitarian reasons or significant public benefit. The findings below are grouped under the parts of that standard they concern; within each part they are numbered for reference.

Part 1. Urgent Humanitarian Reasons

1.1 [[medical-urgency: Dr. Bienvenu Ngoma writes from Brazzaville that the low sugar episodes are now "controlled by frequent meals and diazoxide," and reports no hospital admission since January 2027. Dr. Ngoma does not state that the tumor is cancerous or growing, or what harm is expected if surgery is delayed.]]

1.2 [[treatment-unavailable: The pancreas surgery proposed is performed in Dakar, Abidjan, Casablanca and Paris, and the record shows that your wife visited France in 2024. No explanation is given for seeking the operation in the United States instead.]]

Part 2. Arrangements for the Stay

2.1 [[us-treatment-arranged: The Baltimore center confirms a consultation but adds that surgery will be decided "after repeat imaging and fasting studies on site." Nothing shows that the tests could not be done before travel, or how long the assessment would keep her in the United States.]]

2.2 [[financial-support: The deposit receipt for $5,000 is the only financial record beyond your Form I-134, which shows income of $44,800. The center's estimate of $78,000 is not matched by any showing of funds, insurance or aid.]]

Part 3. Discretion

3.1 [[discretion: Your wife's visa application of 2026 was refused after she stated that she had never been refused a visa, when she had been refused one in 2022. The application gives no explanation, and the misstatement counts against a grant of parole in discretion.]]

This decision is final. You may not appeal it to the Administrative Appeals Office, but you may file a new Form I-131, with fee, if new facts arise.

Sincerely,

Director, Humanitarian Parole Section
""")

N["n09-concerns-noid"] = dict(kind="noid", date="2027-10-18", receipt="IOE0593740268", days=33, furniture=[], text="""NOTICE OF INTENT TO DENY

October 18, 2027
Receipt Number: IOE0593740268
To: Deng Majok Akol (petitioner) and Achol Majok Garang (beneficiary)

Dear Mr. Akol and Ms. Garang:

We write to both of you about the Form I-131 filed by Mr. Akol for his sister, Ms. Garang, a 27-year-old citizen of South Sudan who was born with a malformed and leaking tricuspid valve (Ebstein anomaly), for valve replacement at a heart hospital in Omaha, Nebraska.

You, together, must show that parole is warranted, by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). We have read the letter from Dr. Ladu Wani of Juba, the echocardiogram, the Omaha hospital letter, Mr. Akol's Form I-134 and your joint statement.

We intend to deny the request. Our concerns are set out below so that each of you can answer them.

Concern 1
[[treatment-unavailable: You both state that no valve surgery exists in South Sudan. That may be so, but the hospital letter itself mentions that Ms. Garang was seen in 2026 by a visiting team from a cardiac center in Khartoum and another in Kampala, which performs valve surgery for patients from the region. You have not told us why neither center can operate.]]

Concern 2
[[financial-support: Mr. Akol's Form I-134 shows income of $36,200 and support of three children. The Omaha hospital asks for a deposit of $60,000 and you have not shown how you will pay it or the cost of the blood thinner Ms. Garang would take for life after a mechanical valve.]]

Concern 3
[[security: Ms. Garang's passport was issued in 2027, and her identity document from 2019 gives a different date of birth and a different family name. Neither of you has explained the difference, and we cannot yet confirm who she is.]]

Concern 4
[[temporary-stay: A mechanical valve requires monthly blood tests to adjust the blood thinner for the rest of her life. You have not told us where in South Sudan such testing would be done after her return, or given any reason to believe she would go back.]]

Each of you may send a response and evidence within 33 days of the date of this notice (30 days plus 3 days for mailing). If we receive nothing, we will deny the request.

Sincerely,

Humanitarian Parole Officer
""")

N["n10-please-submit-rfe"] = dict(kind="rfe", date="2027-11-22", receipt="IOE0604851379", days=87, furniture=[], text="""REQUEST FOR EVIDENCE

November 22, 2027
Receipt Number: IOE0604851379
Beneficiary: Shanice Joseph
Petitioner: Vernon Joseph

Dear Mr. Joseph:

You filed Form I-131 requesting parole for your daughter, Shanice Joseph, a 19-year-old citizen of Antigua and Barbuda with an inherited bone marrow failure (Fanconi anemia) and falling blood counts, so that she may receive a bone marrow transplant from her brother at a children's and young adults' hospital in Atlanta, Georgia.

Parole is granted only case by case for urgent humanitarian reasons or significant public benefit, and you must establish eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

The present record does not establish eligibility. Each point below ends with the items that would answer it.

A. [[treatment-unavailable: The letter from Dr. Desmond Ambrose states that transplants are not done in Antigua, but it does not mention the regional program under which patients from the eastern Caribbean have been sent to Jamaica and Trinidad for stem cell transplants. Please submit:
- a statement from the treating hematologist on whether Shanice was referred to a regional center;
- any reply from such a center.]]

B. [[us-treatment-arranged: The Atlanta hospital's letter confirms only that her brother's tissue typing "appears favorable." It does not confirm that she has been accepted, when conditioning chemotherapy would begin, or how long she must stay near the hospital after the transplant. Please submit:
- a letter signed by the transplant physician accepting Shanice;
- a treatment calendar covering the first hundred days.]]

C. [[financial-support: The hospital's estimate of $420,000 greatly exceeds the means shown on your Form I-134, and the letter from the Antigua medical benefits scheme speaks of "partial assistance" without an amount. Please submit:
- the scheme's written commitment with the amount;
- proof of any other funds, insurance or charity pledged.]]

D. [[other-avenues: Shanice's brother, the donor, was granted a B-2 visa in 2027 for the same purpose. The record does not say whether Shanice herself applied for a visitor visa, or why that route would be too slow. Please submit:
- a copy of any visa application and its outcome;
- an explanation of why waiting for a visa would take too long.]]

Your response must be received within 87 days of the date of this notice (84 days plus 3 days for mailing). Submit all requested evidence together with this notice.

Sincerely,

Adjudications Officer, Humanitarian Affairs Branch
""")
