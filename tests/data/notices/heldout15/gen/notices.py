"""The fifteenth held-out set: each notice's text with its grounds marked in
place as [[category: ... ]]. gen/write.py writes src/ and spec/ from this."""
from datetime import date, timedelta

def plus(d, n):
    return (date.fromisoformat(d) + timedelta(days=n)).isoformat()

FF = "\f"
NOTICES = {}

# ---------------------------------------------------------------- c01
NOTICES["c01-numbered-rfe-2p"] = dict(kind="rfe", date="2027-01-18", receipt="IOE0931847265",
    respond_by=plus("2027-01-18", 84),
    furniture=["RFE - IOE0931847265 - Page 1 of 2", "RFE - IOE0931847265 - Page 2 of 2"],
    text="""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

REQUEST FOR EVIDENCE

January 18, 2027

Receipt Number: IOE0931847265
Form I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Beneficiary: Adama Traore
Petitioner: Mariam Traore

USCIS has received a Form I-131 seeking parole for Adama Traore, a boy of ten months who lives with his parents in Bamako, Mali, so that he can have an operation on his skull at a hospital in the United States.

The Secretary of Homeland Security may parole a person into the United States only for urgent humanitarian reasons or significant public benefit, decided case by case and as a matter of discretion. INA 212(d)(5)(A). It falls to the petitioner to show, by a preponderance of the evidence, both that such a reason exists and that the beneficiary should be paroled as a matter of discretion.

Your filing included a letter dated October 4, 2026 from Dr. Bakary Sangare of a pediatric clinic in Bamako, a report of a skull X-ray, an email from a children's hospital in Cincinnati, a Form I-134 signed by Seydou Diarra, and photographs of the child.

On the present record, USCIS cannot find that parole is warranted. Please send the evidence described below.

1. [[medical-urgency:Dr. Sangare writes that the seams of Adama's skull closed before birth and that his head is growing into an unusual long, narrow shape. He does not say whether pressure inside the skull has risen, whether the child's eyes or development have been affected, or what harm would follow if surgery waited until he is older. Submit an up to date opinion from the doctor treating him that answers these points, with any eye examination or head scan done since October 2026.]]

2. [[treatment-unavailable:The letter says only that this operation "is not done in Mali." It does not say whether a neurosurgery team in Dakar, Abidjan, Accra or another city of the region could do it, or whether the family asked any of them. Explain what was done to look for surgery in West Africa and what replies were received.]]

3. [[us-treatment-arranged:The Cincinnati email thanks the family for the referral and says the case "will be presented to our craniofacial team." It does not say that a surgeon has accepted Adama as a patient, which operation is planned, how many days he would spend in hospital, or
RFE - IOE0931847265 - Page 1 of 2
""" + FF + """RFE - IOE0931847265 - Page 2 of 2
how soon a date for surgery could be offered. Provide written confirmation, signed by the surgeon or by the hospital, that Adama has been accepted, setting out the plan of care and its expected length.]]

4. [[financial-support:No cost estimate is in the record. Mr. Diarra's Form I-134 shows earnings of $41,000 a year and two dependents of his own, and he does not explain his relationship to the child or why he would pay. Submit the hospital's estimate of what the operation and the days on the ward will cost, and proof of the funds that will meet it.]]

The evidence must be received within 84 days of the date of this notice. Place a copy of this notice on top of your response and mail both to the address below. If you do not respond by then, USCIS may treat the application as abandoned or decide it on the evidence now in the file.

USCIS
Attn: Humanitarian Affairs Branch
5900 Capital Gateway Drive, Mail Stop 2100
Camp Springs, MD 20588

Sincerely,
K. Hollister
Supervisory Adjudications Officer
""")

# ---------------------------------------------------------------- c02
NOTICES["c02-lettered-noid"] = dict(kind="noid", date="2027-02-23", receipt="IOE0947216583",
    respond_by=plus("2027-02-23", 33), furniture=[],
    text="""U.S. Citizenship and Immigration Services

NOTICE OF INTENT TO DENY

Date: February 23, 2027
Receipt: IOE0947216583
Applicant: Petrus Amutenya
Filed by: Helena Amutenya

You filed Form I-131 asking USCIS to parole Petrus Amutenya, age 60, of Windhoek, Namibia, into the United States so that a swelling of the main artery in his abdomen can be repaired with a stent graft.

Parole under INA 212(d)(5)(A) is discretionary and is reserved for urgent humanitarian reasons or significant public benefit. You must prove eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

You submitted a letter from a vascular surgeon in Windhoek, a CT report dated November 2026, a letter from a hospital in Houston agreeing to perform the repair, an estimate of $96,000 from that hospital, and Form I-134 from the applicant's son, Tobias Amutenya.

After reviewing these documents, USCIS intends to deny the application on three grounds.

(a) [[treatment-unavailable:The surgeon in Windhoek writes that stent grafts are not placed in Namibia. Yet the CT report was issued by a private hospital in Cape Town, where Mr. Amutenya was examined in 2026. You have not explained why the repair cannot be done in South Africa, where he is already known to a vascular service and where this procedure is routinely offered.]]

(b) [[financial-support:The Houston estimate covers the procedure and two nights in hospital only. Tobias Amutenya reports yearly earnings of $58,000 and savings of $12,000, far short of the estimate, and the record is silent on who would pay for flights, lodging and the scan usually done a month after the repair.]]

(c) [[travel-feasibility:The CT report measures the aneurysm at 6.1 centimeters, a size at which rupture is a real danger. No physician has said whether Mr. Amutenya can safely make a trip of over twenty hours with two connections, or whether a doctor or nurse should accompany him.]]

You may submit a rebuttal and any further evidence. Your response must be received within 33 days of the date of this notice (30 days plus 3 days for mailing). If USCIS receives nothing by then, the application will be decided on the present record.

D. Okonkwo-Reyes
Field Office Director
""")

# ---------------------------------------------------------------- c03
NOTICES["c03-bulleted-denial"] = dict(kind="denial", date="2027-03-30", receipt="IOE0958302714",
    respond_by=None, furniture=[],
    text="""Aminetou Salem
c/o Cheikh Salem
418 Harmon Street, Apt 3
Columbus, OH 43207

Date: March 30, 2027
Receipt: IOE0958302714

DECISION

USCIS has considered your Form I-131 requesting parole for Aminetou Salem, a resident of Nouakchott, Mauritania, to have surgery on her right eye in the United States. For the reasons below, USCIS has denied the application.

To be paroled, a person must show an urgent humanitarian reason or a significant public benefit, and must also deserve parole in the exercise of discretion. The person asking for parole bears the burden of showing both.

Your application was supported by:
- a letter of Dr. Mohamed Lemine Ould Bah, ophthalmologist, dated January 12, 2027;
- an ultrasound report of the right eye;
- a letter from Cheikh Salem, the applicant's brother;
- a Form I-134 signed by Cheikh Salem;
- a copy of the applicant's passport.

USCIS finds the application deficient on these points:

• [[medical-urgency:Dr. Ould Bah states that the retina of the right eye came away in the autumn of 2026. He does not say whether any sight remains in that eye, and a detachment left for several months frequently cannot be repaired with useful vision. Without a recent examination, USCIS cannot conclude that surgery now would help.]]

• [[us-treatment-arranged:No American eye surgeon or hospital has agreed to see Ms. Salem. Your brother writes that he "has spoken with a clinic in Columbus," but he does not name it and nothing from the clinic itself is in the record.]]

• [[support-plan:Mr. Salem lives in a one bedroom apartment with his wife and three children. After this surgery a patient may have to keep her head down for many days and return often for checks, and the record does not describe where Ms. Salem would recover, who would help her in that period, or how she would travel to the clinic.]]

• [[documentation:The ultrasound report is written in French and no English translation accompanies it, so USCIS could give it no weight.]]

Because the record does not establish an urgent humanitarian reason or that parole is merited, the application is denied.

This decision cannot be appealed to the Administrative Appeals Office, and no motion to reopen or reconsider is available. You may file a new Form I-131, with the required fee and any new evidence.

Officer 0417
USCIS
""")

# ---------------------------------------------------------------- c04
NOTICES["c04-headed-rfe-2p"] = dict(kind="rfe", date="2027-05-10", receipt="IOE0962581374",
    respond_by="2027-08-02",
    furniture=["Request for Evidence \u2013 IOE0962581374 \u2013 p. 2"],
    text="""U.S. Citizenship and Immigration Services

Request for Evidence

Notice date: May 10, 2027
Receipt: IOE0962581374
Beneficiary: Palesa Mokoena
Requester: Nthabiseng Mokoena

Background

You asked USCIS to parole Palesa Mokoena, a girl of three from Maseru, Lesotho, to have a narrowing of her aorta repaired at a children's hospital in Denver. Her mother, Nthabiseng Mokoena, would travel with her.

Applicable Standard

Under INA 212(d)(5)(A), parole is discretionary. It may be granted only for urgent humanitarian reasons or significant public benefit. You must establish by a preponderance of the evidence that Palesa qualifies and that discretion should be exercised in her favor. The documents you filed have been reviewed, and more evidence is needed on the following issues.

Medical Need

[[medical-urgency:The pediatrician's letter of February 2027 records high blood pressure in the arms and weak pulses in the legs, which is consistent with the diagnosis, but it gives no measurement of the narrowing and no ultrasound of the heart is in the record. It also does not say whether the heart is already strained or what the doctors expect if repair is delayed. Provide a current letter from a cardiologist and the results of any heart ultrasound, with an English summary.]]

Treatment in Lesotho and South Africa

[[treatment-unavailable:Lesotho is surrounded by South Africa, and children from Maseru are regularly referred to hospitals in Bloemfontein and Johannesburg. The file does not show that either city was approached or why their pediatric heart units could not operate on Palesa. Submit any referral letters, replies or waiting list information from hospitals in South Africa.]]

Support and Lodging

[[support-plan:The Denver hospital expects a stay of about ten days after surgery and two weeks of visits before the child may fly home. You state that mother and daughter would stay "with friends of the family," but you do not name them, give their address, or explain how the pair would get to the hospital and pay for food during that time. Submit a signed statement from the host that describes the housing
""" + FF + """Request for Evidence \u2013 IOE0962581374 \u2013 p. 2
offered, the distance to the hospital, and the transport and daily needs the host will provide.]]

Departure After Treatment

[[temporary-stay:Nothing in the record says who will follow Palesa's blood pressure and heart after her return to Maseru, or when the family plans to leave the United States. Provide a letter from a physician in Lesotho or South Africa who agrees to continue her care, and the family's return travel plans.]]

How to Respond

Your response must be received by August 2, 2027. Send all the evidence at one time, with this notice on top. USCIS will not grant an extension of this deadline. If you do not respond, the application may be denied.

Officer M. Brandt
Humanitarian Parole Adjudications
""")

# ---------------------------------------------------------------- c05
NOTICES["c05-runon-noid"] = dict(kind="noid", date="2027-06-07", receipt="IOE0970428516",
    respond_by=plus("2027-06-07", 30), furniture=[],
    text="""U.S. Citizenship and Immigration Services
Parole Processing Unit

NOTICE OF INTENT TO DENY

June 7, 2027
Receipt: IOE0970428516

Drita Krasniqi
c/o Ilir Krasniqi
2250 Northfield Avenue
Waterbury, CT 06708

Re: Form I-131 for Drita Krasniqi

USCIS has reviewed the Form I-131 filed for Drita Krasniqi, a woman of 41 from Prizren, Kosovo, who asks for parole to have a tumor of the left adrenal gland removed in the United States.

To be granted parole, an applicant must show that an urgent humanitarian need or a significant public benefit exists and must merit a favorable exercise of discretion. The applicant must prove these facts by a preponderance of the evidence.

The record contains a discharge summary and a letter from the university clinic in Pristina, blood and urine test results, a letter from a surgeon in New Haven, an estimate of costs, Form I-134 from Ilir Krasniqi, and his tax returns for 2025 and 2026.

USCIS has considered the record and intends to deny the application. [[treatment-unavailable:The Pristina letter says the clinic "lacks experience with this tumor" and advises treatment abroad, but it does not say that no surgeon in the region could perform the operation; the neighboring capitals of Tirana, Skopje and Belgrade, and the larger centers of Zagreb and Vienna, all have teams that remove adrenal tumors, and no inquiry to any of them appears in the file.]] [[other-avenues:Moreover, as a national of Kosovo, Ms. Krasniqi may seek a B-2 visa at the United States Embassy in Pristina to travel for medical care, and you have not said whether she applied, how long an appointment would take, or why such a visa would not meet her needs.]]

[[financial-support:The New Haven estimate of $38,500 assumes an operation through small incisions with two nights in hospital; the surgeon's letter notes that a longer stay in intensive care may be needed if her blood pressure becomes unstable during surgery, and nothing shows how that added cost would be met. Mr. Krasniqi's tax returns show income of about $47,000 a year, which supports five people.]] [[temporary-stay:Additionally, the file gives no return date and no plan for the blood pressure checks and hormone tests that must follow the operation, and it does not identify a physician in Kosovo who would see her afterward.]]

You may respond to this notice with evidence and argument. Your response must be received within 30 days of the date of this notice. If you do not respond within that time, the application will be decided on the existing record.

Sincerely,
R. Castellanos
Section Chief
""")

# ---------------------------------------------------------------- c06
H6 = "Parole decision \u2013 Mariyam Zara Ibrahim \u2013 IOE0973615028"
NOTICES["c06-pagebreak-denial-3p"] = dict(kind="denial", date="2027-07-19", receipt="IOE0973615028",
    respond_by=None,
    furniture=["Page 1 of 3", "Page 2 of 3", "Page 3 of 3", H6],
    text="""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services

DECISION

Date: July 19, 2027
Receipt: IOE0973615028
Beneficiary: Mariyam Zara Ibrahim
Applicant: Aishath Hussain

USCIS has reviewed the Form I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records, filed for Mariyam Zara Ibrahim, a girl of five from Male, Maldives. She breathes through a tube in her neck because her windpipe narrowed after a long stay on a ventilator as an infant, and she seeks parole for surgery to widen her airway. After review, the application is denied.

Parole is a discretionary measure available only for urgent humanitarian reasons or significant public benefit. INA 212(d)(5)(A). The applicant must establish eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

The record consists of two letters from an ear, nose and throat specialist in Male, a report of an airway examination done in Colombo in 2026, a letter from a children's hospital in Boston, Form I-134 from Hassan Ibrahim, the child's uncle, and a statement from the child's mother.

The application is denied for the following reasons.

(1) [[treatment-unavailable:The specialist in Male writes that airway reconstruction in small children is not done in the Maldives. The examination in 2026, however, took place at a hospital in Colombo, and the report recommends follow up there. The record does not say whether surgeons in Sri Lanka or in southern India, both a short flight from Male, were asked to operate, or why they could not.]]

(2) [[us-treatment-arranged:The Boston letter says the hospital's airway team would be "glad to evaluate Mariyam." A willingness to examine the child does not commit the hospital to operating on her. Nor does the letter describe the operation, whether it would be done in one stage or more, or how long the child would remain under the hospital's care, and USCIS cannot tell from it whether surgery would take place at all
Page 1 of 3
""" + FF + H6 + """
after the evaluation.]]

(3) [[travel-feasibility:Mariyam depends on her neck tube to breathe and needs suction several times a night, according to her mother's statement. The record does not say who would perform suction and carry emergency equipment during a trip of roughly twenty two hours, or whether the airlines involved have agreed to carry her.]]

(4) [[financial-support:The Boston hospital has not estimated what the evaluation, the surgery and the weeks of aftercare would cost, and the uncle's Form I-134 reports income of $52,000 a year with no savings shown. The record does not identify any other source of funds.]]

(5) [[support-plan:The mother states that she and Mariyam would stay with the uncle in Lowell. The uncle's statement does not confirm this, the distance from Lowell to the hospital is not addressed, and the record is silent on how the child's daily care, including the cleaning and changing of her neck tube and her special feeding, would be managed at home between hospital visits. No nurse or home care service has been arranged, and the mother has not said who would relieve her if Mariyam needed care
Page 2 of 3
""" + FF + H6 + """
through the night for several weeks.]]

For these reasons, the applicant has not shown that parole is warranted, and the application is denied.

There is no appeal from this decision. You may file a new Form I-131 with the fee and new evidence that addresses the deficiencies above. Questions may be sent to the USCIS Contact Center.

L. Ferreira-Watts
Acting Director, Humanitarian Affairs Branch

Page 3 of 3
""")

# ---------------------------------------------------------------- c07
NOTICES["c07-quoting-rfe-denial"] = dict(kind="denial", date="2027-08-16", receipt="IOE0986143257",
    respond_by=None, furniture=[],
    text="""U.S. Citizenship and Immigration Services

DECISION

August 16, 2027
Receipt: IOE0986143257
Applicant: Ludovic Nzigou Mba
Filed by: Estelle Nzigou

USCIS has reviewed the Form I-131 filed for Ludovic Nzigou Mba, a man of 24 from Libreville, Gabon, who seeks parole to receive a corneal transplant for keratoconus, a thinning of the cornea that has blurred the sight of both eyes. For the reasons below, the application is denied.

An applicant for parole must establish, by a preponderance of the evidence, an urgent humanitarian reason or a significant public benefit, and must merit parole as a matter of discretion. INA 212(d)(5)(A).

On May 3, 2027, USCIS issued a Request for Evidence (RFE). In relevant part, the RFE stated:

"The letter of the eye doctor in Libreville does not say how quickly the applicant's vision is declining, whether hard contact lenses or corneal cross linking have been tried, or why a transplant is needed now. Submit an updated medical opinion that addresses these points."

"You have not explained why the applicant could not apply at the United States Embassy in Libreville for a B-2 visa to obtain medical treatment. Explain whether a visa was sought and, if not, why."

"Submit evidence of the cost of the transplant and aftercare, and of the funds available to pay it."

Your response included a new letter from the eye doctor dated June 20, 2027, a statement from Estelle Nzigou, an estimate of $24,000 from an eye hospital in Miami, and bank statements of Estelle Nzigou for three months.

The response does not cure the deficiencies identified in the RFE.

[[medical-urgency:The new letter repeats that the cornea is thin and that the applicant sees poorly, but it does not measure any change since the first letter, and it says that cross linking "was not proposed" without saying why. Keratoconus usually progresses over years. Nothing in the record shows that the applicant faces a loss of sight that cannot wait for an ordinary visa process.]]

[[other-avenues:Ms. Nzigou writes that a visa "seemed out of reach" to the family, but no visa application was made, and the record contains no refusal, no appointment wait time and no other reason why a B-2 visa could not serve. Where a visa is available, parole should not be used in its place.]]

[[financial-support:The bank statements show balances between $6,000 and $9,500, well below the Miami estimate, and the estimate leaves out the months of eye drops and visits that follow a transplant. No Form I-134 was filed, and no other sponsor is named.]]

The application is therefore denied.

An appeal to the Administrative Appeals Office is not available. A new Form I-131 may be filed, with the fee, at any time.

J. Adeyemi
Director, Humanitarian Affairs Branch
""")

# ---------------------------------------------------------------- n08
NOTICES["n08-question-answer-rfe"] = dict(kind="rfe", date="2027-09-13", receipt="IOE0991375240",
    respond_by=plus("2027-09-13", 87), furniture=[],
    text="""U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

REQUEST FOR EVIDENCE

Date of notice: September 13, 2027
Receipt: IOE0991375240
Form: I-131
Beneficiary: Salem Abdelhamid Ferjani
Requester: Nour Ferjani

This notice concerns the request to parole Salem Abdelhamid Ferjani, a man of 33 from Misrata, Libya, for surgery on his right thigh bone, which was broken by a gunshot in 2025 and has not healed.

USCIS reviews parole requests by asking a fixed set of questions. Parole may be granted only for urgent humanitarian reasons or significant public benefit, and only as a matter of discretion (INA 212(d)(5)(A)); the requester must answer each question by a preponderance of the evidence. The questions are answered below on the evidence received so far: the surgeon's letter from Misrata, X-ray and laboratory reports, a letter from a hospital in Chicago, a letter of support from the Misrata municipal council, and Form I-134 from Nour Ferjani.

Question 1: Does the beneficiary have a serious medical condition that requires treatment?
Answer: Yes.
The X-rays show that the bone has not united after two operations, and the laboratory results and the surgeon's letter describe a persistent infection around the metal plate. USCIS accepts that the condition is serious.

Question 2: Has the requester shown that the needed treatment cannot be obtained in Libya or a nearby country?
Answer: No.
[[treatment-unavailable:The surgeon writes that Libyan hospitals "cannot manage this infection." He does not address Tunisia and Egypt, whose orthopedic and infectious disease services regularly treat patients from western Libya, or Turkey, where many Libyans are treated. Submit evidence of any request made to hospitals in those countries and of their replies.]]

Question 3: Has a United States provider agreed to treat the beneficiary under a defined plan?
Answer: Not shown.
[[us-treatment-arranged:The Chicago letter confirms that an orthopedic surgeon reviewed the X-rays, but it proposes "a staged approach to be determined after examination." It gives no estimated number of operations, no expected length of stay, and no indication of whether long courses of antibiotics would be given in hospital or at home. Provide a treatment plan from the surgeon with these details.]]

Question 4: Are the costs of treatment, travel and the stay covered?
Answer: No.
[[financial-support:Nour Ferjani's Form I-134 shows income of $63,000 a year. The hospital has given no estimate, and a staged treatment of an infected fracture may run for months. Provide a cost estimate from the hospital and proof of the funds available, or a signed undertaking from any other payer.]]

Question 5: Does the record raise any security or public safety concern?
Answer: Not resolved.
[[security:The beneficiary's statement says he was shot "during the clashes of 2025" but does not explain the circumstances, and the municipal council's letter describes him as having "served the city in its defense." The record does not show whether he belonged to an armed group. Submit a detailed statement on how he was wounded and on any service with an armed group, and a police certificate from Libya.]]

Please answer every question marked No, Not shown or Not resolved. Your response must be received within 87 days of the date of this notice (84 days plus 3 days for mailing). Return a copy of this notice with your response.

T. Vasquez-Lund
Adjudications Officer
""")

# ---------------------------------------------------------------- n09
NOTICES["n09-chronology-noid"] = dict(kind="noid", date="2027-04-02", receipt="IOE0952864017",
    respond_by="2027-05-05", furniture=[],
    text="""U.S. Citizenship and Immigration Services

NOTICE OF INTENT TO DENY

April 2, 2027
Receipt: IOE0952864017
Beneficiary: Januario da Costa Soares
Requester: Teresa Soares Lim

This notice concerns the Form I-131 filed for Januario da Costa Soares, a man of 45 from Dili, Timor-Leste, who has a large tumor of the lower jaw and seeks parole to have part of the jaw removed and rebuilt with bone from his leg.

Parole may be authorized only for urgent humanitarian reasons or significant public benefit, in the exercise of discretion. INA 212(d)(5)(A). The requester has the burden of establishing eligibility by a preponderance of the evidence.

USCIS sets out below the history of this case as shown in the record, with its findings at each stage.

Case history

September 14, 2026: USCIS received the Form I-131, a Form I-134 from Teresa Soares Lim, the beneficiary's sister, and a copy of his passport.

October 30, 2026: USCIS received a letter from Dr. Afonso Belo of the national hospital in Dili. Dr. Belo states that a biopsy shows a benign but aggressive tumor and that removal with rebuilding of the jaw is beyond the hospital's means. [[treatment-unavailable:He does not mention Darwin, about an hour's flight from Dili, or the hospitals of Denpasar and Jakarta, and nothing in the file indicates that any of them was asked to take the case.]]

December 9, 2026: The requester filed a police certificate from Timor-Leste. [[security:It shows that the beneficiary was convicted in 2018 of causing bodily harm and given a suspended sentence. The requester's cover letter does not mention the conviction, and no court record or explanation of the events was provided.]]

January 20, 2027: USCIS received a letter from a hospital in Seattle. The letter states that its head and neck surgeons have reviewed the scans and would be willing to operate. [[us-treatment-arranged:It does not say which surgeon would operate, whether a second surgeon would take the bone from the leg, how long Mr. Soares would stay in hospital, or when the operation could take place.]]

March 1, 2027: The requester filed a second Form I-134 and bank statements. [[financial-support:The hospital's estimate of $142,000 is not matched by the funds shown: Ms. Soares Lim reports yearly earnings of $71,000, and the second sponsor, a family friend, reports savings of $15,000. No charity or hospital program has offered to cover the balance.]]

March 22, 2027: The file was reviewed and this notice prepared.

Based on the history above, USCIS intends to deny the application.

You may respond with evidence and argument. Your response must be received by May 5, 2027. A response received after that date will not be considered, and the application will be decided on the present record.

H. Lindqvist
Adjudications Officer
""")

# ---------------------------------------------------------------- n10
H10 = "IOE0965207381 \u00b7 Decision \u00b7 Akouvi Mensah"
NOTICES["n10-issue-discussion-denial-2p"] = dict(kind="denial", date="2027-10-25", receipt="IOE0965207381",
    respond_by=None, furniture=[H10 + " \u00b7 1", H10 + " \u00b7 2"],
    text=("""Akouvi Mensah
c/o Kossi Mensah
77 Briar Lane
Silver Spring, MD 20904

October 25, 2027
Receipt: IOE0965207381

DECISION ON APPLICATION FOR PAROLE

Conclusion: The application is denied.

USCIS has reviewed the Form I-131 filed for Akouvi Mensah, a woman of 50 from Lome, Togo, who has myasthenia gravis, a disease that weakens the muscles, together with a tumor of the thymus gland in her chest, and who seeks parole to have the tumor removed. The reasons for the conclusion above are set out in the table that follows.

Parole is granted only for urgent humanitarian reasons or significant public benefit, and only in the exercise of discretion. INA 212(d)(5)(A). The applicant must establish eligibility by a preponderance of the evidence.

The record consists of letters from a neurologist in Lome dated May 5 and August 1, 2027, a chest scan report, a letter from a hospital in Baltimore, Form I-134 from Kossi Mensah, the applicant's brother, his bank statements, and a statement from the applicant.

ISSUE | DISCUSSION

Seriousness of the condition | Not in dispute. The scan shows a tumor of the thymus of about five centimeters, and the neurologist describes weakness of the eyelids, the arms and, at times, swallowing. USCIS accepts that the condition is serious and that removal of the tumor is recommended.

Treatment in Togo and the region | [[treatment-unavailable:The neurologist writes that no surgeon in Lome removes tumors of the thymus. Accra is about three hours by road from Lome, and its teaching hospitals have cardiothoracic surgeons; there is no sign in the record that the applicant sought treatment there, in Abidjan or in Dakar, or that she was refused.]]

Safety of the journey | [[travel-feasibility:The August letter reports that the applicant was admitted in July 2027 with difficulty breathing and swallowing and needed treatment to clear antibodies from her blood. No doctor has confirmed that she is now stable enough for a long flight, or what would be done if her breathing weakened on board.]]

H10_1
""" + FF + """H10_2

Care and housing during the stay | [[support-plan:The applicant's brother offers a room in his home in Silver Spring but works night shifts, and the record does not say who would accompany the applicant to the many visits that precede and follow surgery of the chest, or help her at home while she recovers.]]

Credibility | [[discretion:The applicant's statement says that she has never been refused a United States visa. Department records show a B-2 visa refusal in 2023 at the Embassy in Lome, and the statement does not explain this. The inconsistency lessens the weight USCIS can give to her account and weighs against parole as a matter of discretion.]]

Payment of costs | Met. The brother's bank statements and a letter from the Baltimore hospital's charity care program together cover the estimated cost. This issue does not support the denial.

For the reasons in the table, the applicant has not shown that parole is warranted.

This decision may not be appealed to the Administrative Appeals Office. You may file a new Form I-131 with the filing fee and new evidence.

P. Nakamura
Director, Humanitarian Affairs Branch
""").replace("H10_1", H10 + " \u00b7 1").replace("H10_2", H10 + " \u00b7 2"))
