# The seventeenth held-out set: each notice's text with every ground marked
# in place as [[category: ... ]]. gen/write.py writes src/ and spec/ from it.
# A form feed (\f) is a page break.

NOTICES = []

def notice(name, kind, date, receipt, respond_by, furniture, text):
    NOTICES.append(dict(name=name, kind=kind, date=date, receipt=receipt,
                        respond_by=respond_by, furniture=furniture, text=text))

# ---------------------------------------------------------------- c01
notice("c01-numbered-rfe-2p", "rfe", "2027-01-18", "IOE0913572846", "2027-04-15",
       ["IOE0913572846 - Request for Evidence - Page 1 of 2",
        "IOE0913572846 - Request for Evidence - Page 2 of 2"], """\
U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
Washington, DC 20529

REQUEST FOR EVIDENCE

January 18, 2027

Receipt Number: IOE0913572846
Form: I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Beneficiary: Chikondi Banda
Petitioner: Yamikani Phiri

Dear Mr. Phiri:

You filed Form I-131 asking that your niece, Chikondi Banda, a five year old citizen of Malawi, be paroled into the United States so that a tumor of her right kidney can be treated at a children's hospital in Columbus, Ohio.

Under section 212(d)(5)(A) of the Immigration and Nationality Act (INA), 8 U.S.C. 1182(d)(5)(A), the Secretary may parole a person into the United States temporarily, case by case, for urgent humanitarian reasons or significant public benefit. Parole is discretionary. You must establish eligibility by a preponderance of the evidence.

With the application you sent a letter from Dr. Grace Mwale of a district hospital in Zomba dated November 2, 2026, an abdominal ultrasound report dated October 21, 2026, an email from the Columbus hospital's international patient office dated December 1, 2026, a Form I-134 that you signed, and your 2025 federal income tax return.

This material does not yet establish that the child is eligible for parole. Please send the evidence described below.

1. [[medical-urgency: Dr. Mwale writes that the child has "a large mass of the right kidney, probably a Wilms tumor," but the record holds no biopsy, CT scan or staging study, and Dr. Mwale does not say whether the tumor has spread or how soon treatment must begin. Submit a current letter from Chikondi's treating doctor giving the diagnosis, the stage of the disease and what is expected to happen if treatment waits, together with the imaging and pathology reports on which it rests.]]

2. [[treatment-unavailable: The central hospitals in Blantyre and Lilongwe run a children's cancer service that gives chemotherapy for kidney tumors, and children from Malawi are also treated in Johannesburg. Nothing shows that Chikondi was referred to either place or was turned away. Explain why the care she needs cannot be given in Blantyre, Lilongwe or South Africa, and provide any referral letters and the replies to them.]]

3. [[us-treatment-arranged: The Columbus email says the hospital "would welcome the chance to look at her records," but it nowhere states that a surgeon or an oncologist has accepted Chikondi as a patient. It sets out no plan for surgery, chemotherapy or radiation and does not estimate how long she would have to remain under the hospital's care
IOE0913572846 - Request for Evidence - Page 1 of 2
\f
IOE0913572846 - Request for Evidence - Page 2 of 2
before she could go home to Malawi. Submit a letter from the treating team in Columbus accepting her, describing the course of treatment and estimating its length.]]

4. [[financial-support: Your tax return shows adjusted gross income of $51,300 for a household of four. The record holds no estimate of what the treatment would cost, and the Form I-134 does not show how you would pay for her hospital care on top of her travel and living costs. Provide the hospital's estimate of its charges and evidence of the funds, insurance or charitable commitments that would cover them.]]

RESPONSE

Your response must be received within 87 days of the date of this notice (84 days plus 3 days for mailing). Return a copy of this notice on top of your response and send both to the address below. If you do not respond, USCIS will decide the application on the record as it stands.

USCIS
Attn: Humanitarian Affairs Branch
5900 Capital Gateway Drive, Mail Stop 2100
Camp Springs, MD 20588-0009

Sincerely,

Rhonda K. Albers
Supervisory Adjudications Officer
Humanitarian Affairs Branch
""")

# ---------------------------------------------------------------- c02
notice("c02-lettered-noid", "noid", "2027-02-22", "IOE0927415063", "2027-03-27", [], """\
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

NOTICE OF INTENT TO DENY

Date: February 22, 2027
Receipt Number: IOE0927415063
Beneficiary: Nomvula Dlamini
Petitioner: Thandeka Zwane

Ms. Zwane filed Form I-131 on behalf of her niece, Nomvula Dlamini, a fourteen year old citizen of Eswatini with a severe curvature of the spine (idiopathic scoliosis measuring 96 degrees), asking that she be paroled into the United States for spinal fusion surgery in Houston, Texas.

Parole under INA 212(d)(5)(A), 8 U.S.C. 1182(d)(5)(A), is granted only temporarily, case by case, for urgent humanitarian reasons or significant public benefit, and only where the beneficiary also merits a favorable exercise of discretion. The petitioner must prove eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

The record includes a letter from Dr. Sibusiso Nxumalo, an orthopedic surgeon in Mbabane, dated October 5, 2026; spine radiographs taken on September 28, 2026; a letter from a spine surgeon in Houston dated November 12, 2026; a Form I-134 from the petitioner with her pay statements; and the petitioner's own statement.

On this record USCIS proposes to deny the application, on the grounds set out in (a) through (d).

(a) [[treatment-unavailable: Dr. Nxumalo writes that "corrective spinal surgery of this size is not done in Eswatini," but he does not address South Africa, whose spine units in Johannesburg and Durban treat curves of this kind and accept patients from Eswatini. The petitioner does not say whether Nomvula was referred to such a unit, placed on a waiting list, or refused.]]

(b) [[us-treatment-arranged: The Houston surgeon's letter states only that he has "reviewed the images and would be happy to see her." It does not confirm that the hospital has agreed to admit her, name the operation planned, or say whether a period of traction would come first, as is common for curves above 90 degrees.]]

(c) [[support-plan: The petitioner lives in Beaumont, about ninety miles from Houston, and works night shifts. Her statement does not say where Nomvula would stay after discharge, who would care for her during a recovery in which she could not bend or lift, or how she would be taken to follow-up visits in Houston.]]

(d) [[temporary-stay: Nothing in the record describes what would happen once the fusion has healed. No physician in Eswatini has said he or she will see her after the operation, and the petitioner writes that Nomvula "could finish school here while she recovers," which suggests a stay with no set end.]]

You may submit evidence in rebuttal. Your response must be received within 33 days of the date of this notice (30 days plus 3 days for mailing). If USCIS receives no response by then, the application will be decided on the present record.

Marisol T. Quintero
Adjudications Officer
""")

# ---------------------------------------------------------------- c03
notice("c03-bulleted-denial", "denial", "2027-03-15", "IOE0938260417", None, [], """\
Abdoulaye Moussa Issoufou
c/o Mariama Issoufou
4417 Kedzie Avenue, Apt. 2
Chicago, IL 60632

March 15, 2027

Receipt Number: IOE0938260417

DECISION

Mariama Issoufou filed Form I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records, asking that her nephew, Abdoulaye Moussa Issoufou, a nine month old citizen of Niger, be paroled into the United States for a liver transplant. The child was born with biliary atresia, and an operation to drain his bile performed in Niamey in 2026 did not succeed. After careful review, USCIS has denied the application.

Parole may be granted under INA 212(d)(5)(A), 8 U.S.C. 1182(d)(5)(A), only temporarily and case by case for urgent humanitarian reasons or significant public benefit, and USCIS may grant it only as a matter of discretion. The petitioner bears the burden of showing that the beneficiary qualifies.

The petitioner submitted:
- a letter in French from Dr. Hadiza Souley of the national hospital in Niamey, dated December 9, 2026;
- laboratory results dated November 30, 2026;
- a letter from the transplant office of a children's hospital in Chicago dated January 6, 2027;
- Form I-134 signed by the petitioner;
- a printout of an online fundraising page.

USCIS acknowledges that the child is seriously ill. The application is nevertheless deficient in the following respects:

• [[financial-support: The Chicago hospital estimates the cost of a living donor transplant, with the donor's surgery and the child's stay, at $412,000. The petitioner's Form I-134 shows a yearly income of $38,900, and the fundraising page shows $6,215 raised. No hospital charity program, insurer or other sponsor has committed to pay the balance.]]

• [[travel-feasibility: The laboratory results show a bilirubin level many times normal, and Dr. Souley describes fluid in the abdomen. The journey from Niamey to Chicago takes more than twenty hours with connections. No physician has stated that the child can make that journey, and no medical escort or air ambulance has been arranged.]]

• [[other-avenues: The transplant would use part of the liver of the child's father, who would also have to travel. Nothing indicates that the father or the child applied for visas at the embassy in Niamey, or why that could not be done while the transplant was being planned.]]

• [[documentation: Dr. Souley's letter and the child's birth certificate are in French and were submitted without certified English translations, as 8 CFR 103.2(b)(3) requires. Without translations, USCIS is unable to weigh these documents.]]

On this record, the application is denied.

This decision cannot be appealed to the Administrative Appeals Office, and a motion to reopen or reconsider is not available. You may file a new Form I-131 with the required fee and any new evidence.

Officer ID: HAB0417
Humanitarian Affairs Branch
""")

# ---------------------------------------------------------------- c04
notice("c04-headed-denial-2p", "denial", "2027-04-12", "IOE0944718205", None,
       ["Page 1 of 2", "Musu Kollie - IOE0944718205 - Decision", "Page 2 of 2"], """\
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

Decision

Notice Date: April 12, 2027
Receipt Number: IOE0944718205
Beneficiary: Musu Kollie
Petitioner: Joseph T. Kollie

Joseph T. Kollie filed Form I-131 for his sister, Musu Kollie, a 31 year old citizen of Liberia, asking that she be paroled into the United States for treatment of an arteriovenous malformation of the brain (a tangle of abnormal blood vessels) that bled in August 2026. After reviewing the record, USCIS has concluded that the application is denied.

Legal Framework

INA 212(d)(5)(A), 8 U.S.C. 1182(d)(5)(A), allows parole only temporarily, case by case, for urgent humanitarian reasons or significant public benefit. It is for the petitioner to show both that such a reason exists and that the beneficiary merits parole as a matter of discretion.

Evidence of Record

The petitioner submitted Form I-134 with bank statements; a discharge summary from a hospital in Monrovia dated September 3, 2026; a report of a CT scan of the head dated August 22, 2026; a letter from a neurosurgeon in Baltimore dated November 20, 2026; and a statement from the beneficiary.

Medical Need and Timing

[[medical-urgency: The discharge summary records a bleed in the left side of the brain and weakness of the right arm that has since improved. The diagnosis rests on a CT scan; no angiogram or MRI has mapped the malformation, and no physician has stated the risk of a second bleed or how soon treatment is needed. The Baltimore letter itself says that treatment "may be staged over the coming year."]]

Care Available in West Africa

[[treatment-unavailable: The petitioner states that no neurosurgeon in Liberia treats this condition. That may be so, but the record is silent on Ghana, where neurosurgical centers in Accra treat such malformations, and on whether Ms. Kollie's physicians in Monrovia ever sought a referral there.]]

Sponsor's Means

[[financial-support: The Baltimore neurosurgeon estimates a cost between $140,000 and $220,000, depending on whether the malformation is closed by catheter, by surgery or by focused radiation. The petitioner's bank statements show a balance of $18,400, and he earns $62,000 a year supporting a family of five. He names no other source of payment and gives no reason to think the hospital would reduce its charges.
Page 1 of 2
\f
Musu Kollie - IOE0944718205 - Decision
The record therefore does not establish that the costs of treatment, travel and a stay that could last twelve months can be met.]]

Prior Immigration History

[[discretion: Department records show that Ms. Kollie entered the United States in 2019 as a B-2 visitor and departed about seven months after her authorized stay ended. Her statement says she has "never had any problem with immigration." The omission bears on her credibility and on whether she would leave when parole ends, and it weighs against parole in the exercise of discretion.]]

Conclusion

For the reasons above, the application is denied. There is no appeal from this decision to the Administrative Appeals Office. The petitioner may file a new Form I-131, with fee, if new evidence becomes available.

Gregory N. Ashby
Section Chief
Humanitarian Affairs Branch
Page 2 of 2
""")

# ---------------------------------------------------------------- c05
notice("c05-runon-noid", "noid", "2027-05-10", "IOE0956103829", "2027-06-09", [], """\
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

NOTICE OF INTENT TO DENY

May 10, 2027

Receipt Number: IOE0956103829
Re: Form I-131, parole request for Ousmane Sawadogo
Petitioner: Aminata Ouedraogo

Dear Ms. Ouedraogo:

USCIS has reviewed the Form I-131 you filed asking that your nephew, Ousmane Sawadogo, a fifteen year old citizen of Burkina Faso, be paroled into the United States for treatment of an osteosarcoma (bone cancer) of the left thigh bone just above the knee, including surgery that would replace the diseased bone with a metal implant.

INA 212(d)(5)(A), 8 U.S.C. 1182(d)(5)(A), permits parole only on a case-by-case basis for urgent humanitarian reasons or significant public benefit. You must show that the beneficiary is eligible and that parole is warranted as a matter of discretion. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

You submitted a letter from Dr. Issa Kabore of the teaching hospital in Ouagadougou dated February 8, 2027, a biopsy report dated January 19, 2027, a letter from an orthopedic oncologist in Houston dated March 3, 2027, Form I-134, and letters from your employer and your church.

USCIS intends to deny the application. [[medical-urgency: Dr. Kabore's letter confirms the diagnosis but gives no chest scan or other staging result, and it does not say whether Ousmane has begun the chemotherapy that normally comes before surgery for this cancer, so the record does not show where he stands in his treatment or when the operation would be needed.]] [[treatment-unavailable: Moreover, the letter says that limb-saving surgery "is not available locally" without addressing amputation, which Dr. Kabore's own hospital performs, or the cancer centers in Dakar and Abidjan, and without explaining why neither is a suitable choice for him.]]

[[financial-support: The Houston physician estimates the cost of surgery, the implant and post-operative chemotherapy at $265,000, while your Form I-134 shows income of $47,800 and your church's letter promises "prayers and whatever help we can give" without naming an amount.]] [[temporary-stay: Additionally, chemotherapy after surgery would last about six months and the implant would need checks for years afterward, yet you have not described who would provide that follow-up in Burkina Faso or when Ousmane would return there.]]

You may submit a rebuttal with additional evidence. USCIS must receive your response within 30 days of the date of this notice. If no response is received, the application will be denied.

Sincerely,

Dwayne L. Petrakis
Adjudications Officer
""")

# ---------------------------------------------------------------- c06
H6 = "RFE - Josaia Ravuvu - IOE0961842057"
notice("c06-pagebreak-rfe-3p", "rfe", "2027-06-07", "IOE0961842057", "2027-08-30",
       [H6, "Page 1", "Page 2", "Page 3"], f"""\
{H6}
U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

REQUEST FOR EVIDENCE

Date: June 7, 2027
Receipt Number: IOE0961842057
Application: Form I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Beneficiary: Josaia Ravuvu
Petitioner: Litia Ravuvu Tamani

Dear Ms. Tamani:

You asked that your brother, Josaia Ravuvu, a 39 year old citizen of Fiji, be paroled into the United States for removal of a tumor inside the spinal cord of his neck (an ependymoma) at a university hospital in Los Angeles.

Parole may be granted under INA 212(d)(5)(A), 8 U.S.C. 1182(d)(5)(A), to a person outside the United States only temporarily, case by case, for urgent humanitarian reasons or significant public benefit. USCIS grants parole as a matter of discretion, and the person seeking it must show by a preponderance of the evidence that it is warranted.

The file now contains: a letter from Dr. Mereseini Vula of the main public hospital in Suva dated March 29, 2027; an MRI report of the cervical spine dated March 15, 2027; a letter from a neurosurgeon in Los Angeles dated April 20, 2027; your Form I-134 with two years of tax returns; a letter from Mr. Ravuvu's employer in Lautoka; and your personal statement.

USCIS needs more evidence before it can decide the application. Each paragraph below states what is lacking and what may be sent to supply it.

[[medical-urgency: Dr. Vula describes numbness in both hands and a worsening gait, but her letter does not give the results of a neurological examination, say how fast the weakness is progressing, or state what is likely to happen if the tumor is not removed within the next few months. Send a new letter from one of his treating doctors addressing those points and any nerve conduction or follow-up MRI studies done since March.]]

[[treatment-unavailable: Surgery inside the spinal cord is not offered in Fiji, but nothing in the record indicates that Mr. Ravuvu sought care in Australia or New Zealand, where public and private hospitals perform it and where Fijian patients are often referred. Send evidence of any referral to a hospital in Australia or New Zealand and of the
Page 1
\f
{H6}
answer received, or explain why no referral was made.]]

[[us-treatment-arranged: The Los Angeles neurosurgeon writes that he is "willing to evaluate Mr. Ravuvu on arrival." Willingness to evaluate him is not the same as acceptance for treatment. Send a letter from the treating physician or the hospital confirming that Mr. Ravuvu has been accepted for surgery, describing the planned operation, the expected time in hospital and in rehabilitation, and the date by which he should arrive.]]

[[travel-feasibility: Mr. Ravuvu now walks with a cane and, according to Dr. Vula, has lost some control of his bladder. The flight from Nadi to Los Angeles takes about eleven hours. Nothing in the file records a medical opinion on whether he can safely make that flight, whether a wheelchair or a companion would be needed, or whether a strain on the neck during travel could worsen his condition. Send a physician's statement on his fitness to fly and a description of the travel arrangements, including who would accompany him.]]

[[financial-support: Your tax returns show household income of $58,000 in 2025 and $61,500 in 2026, and the Form I-134 lists savings of $9,300. The Los Angeles letter gives no estimate of cost, and surgery of this kind followed by inpatient rehabilitation can cost several hundred thousand dollars. Send the hospital's estimate of what surgery and rehabilitation would cost in all and evidence of how that sum would be paid, for example a commitment signed by the hospital, a charity, an insurer or another sponsor, with proof of that sponsor's means. If family members will share the costs, each should submit a Form I-134 and
Page 2
\f
{H6}
evidence of income and assets.]]

Your response must be received by August 30, 2027. Send all the requested evidence at one time, with this notice on top. USCIS will not grant an extension of time to respond. If you do not respond by that date, the application may be denied.

USCIS
Attn: Humanitarian Affairs Branch
5900 Capital Gateway Drive, Mail Stop 2100
Camp Springs, MD 20588-0009

Sincerely,

Evelyn R. Marchetti
Supervisory Adjudications Officer
Page 3
""")

# ---------------------------------------------------------------- c07
notice("c07-quoting-rfe-denial", "denial", "2027-07-19", "IOE0973350916", None, [], """\
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

DECISION

Date: July 19, 2027
Receipt Number: IOE0973350916
Beneficiary: Kalo Tari
Petitioner: Serah Tari Molisa

Serah Tari Molisa filed Form I-131 asking that her son, Kalo Tari, an infant citizen of Vanuatu born with dense cataracts in both eyes, be paroled into the United States for cataract surgery at an eye hospital in Honolulu. On consideration of the full record, including the response to the Request for Evidence (RFE) issued on April 5, 2027, the application is denied.

The petitioner must show that the beneficiary qualifies for parole under INA 212(d)(5)(A), 8 U.S.C. 1182(d)(5)(A), and that parole is warranted as a matter of discretion.

The RFE asked for the following, among other things:

"Explain why the surgery cannot be performed in Fiji, Australia or New Zealand, where infants from Vanuatu are regularly treated for this condition, and submit any referral letters."

"Provide a letter signed by the surgeon in Honolulu who will operate, confirming that the child has been accepted for surgery and describing the plan of care, including the fitting of contact lenses or glasses after surgery."

"Describe who will provide the child's eye care after he returns to Vanuatu, including the repeated lens fittings and eye examinations that children need after this surgery."

The response, received on June 28, 2027, included a second letter from Dr. Jimmy Kalsakau of the central hospital in Port Vila dated June 10, 2027, an unsigned letter on the letterhead of the Honolulu eye hospital, and a statement from the petitioner.

The response does not overcome the concerns stated in the RFE.

[[treatment-unavailable: Dr. Kalsakau's second letter repeats that the surgery "cannot be done in Vanuatu" and adds that the waiting time for a visiting eye team is uncertain. It does not mention the eye hospital in Suva that operates on children from across the Pacific, or any inquiry made in Australia or New Zealand, and the petitioner submitted no referral letters.]]

[[us-treatment-arranged: The Honolulu letter is unsigned and names no surgeon. It states that the hospital "performs pediatric cataract surgery" but does not confirm that Kalo has been accepted, when the operation would take place, or how his lenses would be fitted afterward.]]

[[temporary-stay: The petitioner writes that after surgery the family would "find an eye doctor at home." No ophthalmologist in Vanuatu has agreed to see Kalo, and nothing shows how the lens fittings and examinations he would need for years would be carried out once he returned.]]

Accordingly, the application is denied. This decision may not be appealed to the Administrative Appeals Office. A new Form I-131 may be filed with the required fee.

Priya D. Ramanathan
Adjudications Officer
Humanitarian Affairs Branch
""")

# ---------------------------------------------------------------- n08
notice("n08-factors-met-rfe-2p", "rfe", "2027-08-16", "IOE0985276134", "2027-11-11",
       ["IOE0985276134 | RFE | 1/2", "IOE0985276134 | RFE | 2/2"], """\
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

REQUEST FOR EVIDENCE

Date: August 16, 2027
Receipt Number: IOE0985276134
Beneficiary: Deki Wangmo
Petitioner: Pema Dorji

Dear Mr. Dorji:

You filed Form I-131 asking that your daughter, Deki Wangmo, a nine year old citizen of Bhutan with moyamoya disease (a narrowing of the arteries at the base of the brain that has caused two small strokes), be paroled into the United States for surgery to bypass the narrowed vessels at a children's hospital in Boston.

Parole under INA 212(d)(5)(A), 8 U.S.C. 1182(d)(5)(A), is granted temporarily, case by case, for urgent humanitarian reasons or significant public benefit, and as a matter of discretion. You must show eligibility by a preponderance of the evidence.

USCIS has weighed the evidence you submitted against each of the factors it considers in parole requests for medical treatment. Each factor is marked below as Met or Not met. Factors marked Met need no further evidence. For each factor marked Not met, the paragraph beneath it states what is lacking; please respond to each.

Factor 1. Medical condition and urgency: Met
The letter from Dr. Karma Tshering of the national referral hospital in Thimphu dated May 14, 2027, with the angiogram report of April 30, 2027, describes two strokes in six months and a high risk of another without surgery. USCIS considers this factor established.

Factor 2. Availability of treatment in Bhutan and the region: Not met
[[treatment-unavailable: Dr. Tshering writes that bypass surgery for moyamoya is not performed in Bhutan. Bhutanese patients are routinely referred to hospitals in India under a government program, and several centers in New Delhi, Vellore and Bengaluru perform this operation on children. Submit evidence of whether Deki was referred to an Indian center under that program and, if she was, what reply was received, or explain why treatment in India is not a suitable option for her.]]

Factor 3. Acceptance by a U.S. provider: Met
The Boston hospital's letter of June 2, 2027, signed by a pediatric neurosurgeon, accepts Deki for surgery on both sides of the brain in two operations about three months apart and estimates a stay of five months.

Factor 4. Payment of costs: Not met
[[financial-support: The Boston hospital estimates its charges at $186,000. Your Form I-134 shows income of $44,200 as a graduate student, and the letter from a Bhutanese community association in Boston pledges $12,000. Submit evidence of how the remaining cost and the family's travel and living expenses would be paid, such as a charity care decision by the hospital or a written commitment from another sponsor with proof of that sponsor's means.]]
IOE0985276134 | RFE | 1/2
\f
IOE0985276134 | RFE | 2/2
Factor 5. Housing, care and daily support during the stay: Not met
[[support-plan: You live in a one bedroom apartment in Somerville shared with another student. The record does not say where Deki and her mother would live for five months, how Deki would reach the hospital for appointments between the two operations, or who would care for her while her mother is at her bedside or resting. Submit a description of the living arrangements and letters from anyone who has agreed to provide housing or help.]]

Factor 6. Safe travel: Met
Dr. Tshering's letter states that Deki may fly with her mother if she is kept well hydrated, and the itinerary from Paro through Delhi has been provided.

Factor 7. Return after treatment: Not met
[[temporary-stay: Your statement says that Deki's mother "may look for work in Boston while Deki recovers" and that the family hopes Deki can "continue her schooling in America." Nothing in the record shows a plan for her return to Bhutan or names a physician there who would take over her follow-up. Submit a statement of the family's plans for Deki's return, together with a letter in which a physician in Bhutan agrees to follow her after surgery.]]

Factor 8. Security and discretion: Met
Checks of government records disclosed no derogatory information.

Your response must be received within 87 days of the date of this notice (84 days plus 3 days for mailing). Send only evidence on the factors marked Not met, with a copy of this notice on top, to:

USCIS
Attn: Humanitarian Affairs Branch
5900 Capital Gateway Drive, Mail Stop 2100
Camp Springs, MD 20588-0009

Sincerely,

Anton V. Kessler
Adjudications Officer
""")

# ---------------------------------------------------------------- n09
notice("n09-statements-answered-noid", "noid", "2027-09-13", "IOE0990417362", "2027-10-16", [], """\
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

NOTICE OF INTENT TO DENY

September 13, 2027

Receipt Number: IOE0990417362
Beneficiary: Mihai Rusu
Petitioner: Natalia Rusu-Ceban

Dear Ms. Rusu-Ceban:

You filed Form I-131 for your nephew, Mihai Rusu, a six year old citizen of Moldova whose acute lymphoblastic leukemia has returned after chemotherapy, asking that he be paroled into the United States for CAR T-cell therapy at a children's hospital in Philadelphia. Your cover letter makes five statements in support of the request. USCIS sets each one out below, in your words, and gives its assessment of it. The assessments explain why USCIS intends to deny the application.

Parole may be authorized under INA 212(d)(5)(A), 8 U.S.C. 1182(d)(5)(A), only temporarily and case by case for urgent humanitarian reasons or significant public benefit. It is the petitioner's burden to prove eligibility. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

The evidence consists of your cover letter dated June 1, 2027; a letter from Dr. Elena Cojocaru of a children's cancer ward in Chisinau dated May 20, 2027; bone marrow test results dated May 12, 2027; an email from the Philadelphia hospital dated May 27, 2027; Form I-134; and a letter from your parish.

Statement 1: "Mihai's leukemia came back in April and without new treatment he will not survive the year."
Assessment: USCIS accepts this statement. The bone marrow results and Dr. Cojocaru's letter show a relapse, and the urgency of treatment is not in dispute.

Statement 2: "CAR T-cell therapy does not exist in Moldova or anywhere near it."
Assessment: [[treatment-unavailable: The therapy is not given in Moldova, but children's cancer centers in Romania, Poland and Germany provide it, and Dr. Cojocaru's letter states that Moldovan children have been sent abroad for transplants under the national health insurance program. The record does not show that Mihai was referred to any European center or that such a referral was refused.]]

Statement 3: "The hospital in Philadelphia has accepted Mihai."
Assessment: [[us-treatment-arranged: The hospital's email says that his records "have been received and will be reviewed by the cellular therapy team." A record review is not acceptance. No physician has confirmed that Mihai is a candidate, that a place for him is reserved, or when the cells would be collected and infused.]]

Statement 4: "Our parish and family will cover everything."
Assessment: [[financial-support: The parish letter pledges $5,000. The therapy alone is commonly billed at several hundred thousand dollars, and the hospital has given no estimate. Your Form I-134 shows income of $49,600 and no significant savings. Nothing establishes who would pay for the treatment or for the family's lodging in Philadelphia.]]

Statement 5: "As soon as Mihai is well, he and his mother will go back to Chisinau."
Assessment: [[temporary-stay: Patients who receive this therapy are usually asked to stay close to the treating center for at least four weeks and are then monitored for months for late effects. You have not said how long Mihai would stay, who would monitor him after his return, or whether Dr. Cojocaru's ward could do so.]]

You may submit a written rebuttal and additional evidence within 33 days of the date of this notice (30 days plus 3 days for mailing). If you do not respond, USCIS will deny the application without further notice.

Sincerely,

Camille J. Okafor
Adjudications Officer
""")

# ---------------------------------------------------------------- n10
notice("n10-finding-reason-denial-2p", "denial", "2027-10-25", "IOE0996531748", None,
       ["Decision Memorandum - IOE0996531748 - p. 1", "Decision Memorandum - IOE0996531748 - p. 2"], """\
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

DECISION MEMORANDUM

TO: Rohan Persaud, Petitioner, on behalf of Shanice Persaud, Beneficiary
FROM: Humanitarian Affairs Branch
DATE: October 25, 2027
RECEIPT NUMBER: IOE0996531748
SUBJECT: Form I-131, request for parole for medical treatment, denied

1. Request. Rohan Persaud asks that his daughter, Shanice Persaud, a 22 year old citizen of Guyana with epilepsy that has not responded to medication, be paroled into the United States for an evaluation for epilepsy surgery and, if she is found to be a candidate, the surgery itself, at an epilepsy center in Cleveland, Ohio.

2. Standard. Parole may be granted under INA 212(d)(5)(A), 8 U.S.C. 1182(d)(5)(A), only temporarily and case by case for urgent humanitarian reasons or significant public benefit, and only as a matter of discretion. The petitioner bears the burden of proof.

3. Record. The petitioner submitted Form I-134 with bank records; a letter from Dr. Anand Singh, a neurologist in Georgetown, dated July 7, 2027; a report of a routine EEG dated June 22, 2027; a letter from the Cleveland epilepsy center dated August 3, 2027; and statements from the petitioner and the beneficiary.

4. Determination. USCIS has considered each issue below. Its finding on each is stated, followed by the reason for that finding. The application is denied.

Issue A. Medical urgency
Finding: [[medical-urgency: The evidence falls short of showing that the beneficiary's condition requires treatment in the United States on an urgent basis.
Reason: Dr. Singh reports "frequent seizures" but gives no count, no seizure diary is in the record, and the routine EEG was read as normal. The Cleveland letter proposes an evaluation that would take several weeks and may or may not lead to surgery.]]

Issue B. Treatment in Guyana and the region
Finding: [[treatment-unavailable: The petitioner has not established that the evaluation cannot be obtained in the region.
Reason: Epilepsy monitoring units operate in Trinidad and Tobago and in Brazil, and the record contains no inquiry to either. Dr. Singh's letter does not explain why those centers could not perform the evaluation.]]

Issue C. Costs
Finding: [[financial-support: The petitioner has not demonstrated that the costs of evaluation, surgery and the stay would be met.
Reason: The Cleveland center estimates $38,000 for the evaluation and a further $150,000 if surgery follows. The petitioner's bank records show a balance of $21,700 and his Form I-134 lists no other assets.]]
Decision Memorandum - IOE0996531748 - p. 1
\f
Decision Memorandum - IOE0996531748 - p. 2
Issue D. Security
Finding: No concern.
Reason: Background and security checks disclosed no derogatory information.

Issue E. Candor
Finding: [[discretion: The beneficiary's statement that no visa has ever been refused to her is not accurate, and the inaccuracy weighs against a grant of parole.
Reason: According to Department of State records, the beneficiary applied for a B-2 visa in Georgetown in March 2025 and was refused under INA 214(b). Neither the petitioner nor the beneficiary disclosed the refusal, and neither has explained it.]]

5. Conclusion. The application is denied. This decision may not be appealed to the Administrative Appeals Office, and no motion to reopen or reconsider may be filed. The petitioner may file a new Form I-131 with the required fee.

Lauren M. Whitfield
Supervisory Adjudications Officer
Decision Memorandum - IOE0996531748 - p. 2
""")
