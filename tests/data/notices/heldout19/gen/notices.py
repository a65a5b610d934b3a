# The ten notices of heldout19. Each ground is marked in place as
# [[category: ... ]]; gen/write.py strips the marks into src/ and builds spec/.
# "days" is the response period the notice counts from its date (None: denial
# or a stated date in "respond_by").

NOTICES = [
dict(name="c01-numbered-rfe-2p", kind="rfe", date="2027-03-09", receipt="IOE0731958246", days=87,
furniture=["IOE0731958246 / Request for Evidence / Page 1 of 2", "IOE0731958246 / Request for Evidence / Page 2 of 2"],
text="""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
5900 Capital Gateway Drive
Camp Springs, MD 20588-0009

REQUEST FOR EVIDENCE

Date: March 9, 2027
Receipt Number: IOE0731958246
Form I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Beneficiary: Isatou Ceesay
Requestor: Lamin Ceesay

Dear Mr. Ceesay:

On January 22, 2027, you filed a request for parole on behalf of your sister, Isatou Ceesay, a 41-year-old citizen of The Gambia, so that she may have an adrenal tumor (pheochromocytoma) removed at a university hospital in Minneapolis.

Parole is granted only on a case-by-case basis for urgent humanitarian reasons or significant public benefit, and only when the beneficiary also merits a favorable exercise of discretion. You must show eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

We have reviewed your filing. It does not yet establish that parole should be granted. Please send the evidence described below.

1. [[medical-urgency: The letter of Dr. Ousman Jallow of Banjul dated December 14, 2026 says that a CT scan found a mass of 6 centimeters on the right adrenal gland and that Ms. Ceesay has had spells of pounding headache and very high blood pressure. It does not give the blood or urine test results that confirm the tumor makes adrenaline, how often the spells now occur, or what harm he expects if the operation waits. Submit the test results and a current statement from her physician on these points.]]

2. [[treatment-unavailable: You state that no surgeon in The Gambia removes adrenal tumors. The record does not show whether the operation could be done in Dakar, in Accra or in Morocco, all of which are nearer than Minnesota, or whether any center there was asked. Explain what inquiries were made and supply any replies.]]

3. [[us-treatment-arranged: The Minneapolis hospital's email of January 5, 2027 says that its endocrine surgery team "would be glad to see" Ms. Ceesay. An invitation to be seen is not an acceptance for surgery. Provide a letter from the operating surgeon that confirms she has been accepted, states the weeks of blood pressure control needed before the operation, the planned date, the expected nights as an inpatient, and the number of weeks of
IOE0731958246 / Request for Evidence / Page 1 of 2
\f
IOE0731958246 / Request for Evidence / Page 2 of 2
follow-up she would need in Minnesota before she could go home.]]

4. [[financial-support: The Form I-134 you signed lists your yearly pay as a warehouse supervisor at $52,400 and a checking balance of $3,180. The hospital's estimate for the operation and stay is $61,000, and no other payer is named. Show how the surgery, the medicines before it, the flights and her living costs would be paid, for example through a signed pledge from a second sponsor together with evidence of that person's resources, or a written waiver or reduced fee from the hospital.]]

Your response must be received within 87 days of the date of this notice (84 days plus 3 days for mailing). Send all the evidence at one time, with a copy of this notice on top, to the address shown above. If you do not respond, the request will be decided on the current record and may be denied.

Sincerely,

Marisol Keane
Supervisory Adjudications Officer
Humanitarian Affairs Branch
"""),

dict(name="c02-lettered-noid", kind="noid", date="2027-04-20", receipt="IOE0785021364", days=33, furniture=[],
text="""U.S. Citizenship and Immigration Services

NOTICE OF INTENT TO DENY

April 20, 2027
Receipt Number: IOE0785021364
Beneficiary: Marc-Antoine Payet
Petitioner: Claudette Payet-Morel

Dear Ms. Payet-Morel:

You asked that your brother, Marc-Antoine Payet, age 45, a national of Seychelles, be paroled into the United States so that a pituitary tumor causing acromegaly can be removed through the nose at a neurosurgery center in Houston.

An applicant for parole bears the burden of proving that it is warranted by urgent humanitarian reasons or significant public benefit and that discretion should be exercised in the beneficiary's favor. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

USCIS reviewed the Form I-131, the Form I-134, letters from Dr. Rosanne Hoareau of Victoria dated January 30 and March 2, 2027, an MRI report of January 18, 2027, and your own statement. On this record, USCIS intends to deny the request because:

(a) [[medical-urgency: Dr. Hoareau reports a tumor of 14 millimeters and raised growth hormone, and notes that Mr. Payet has enlarged hands and a thickened jaw that developed over about ten years. Neither letter mentions loss of sight, pressure on the optic nerves, or any other sign that the tumor must be removed within months rather than planned over a longer period, and the MRI report states that the optic chiasm is not compressed.]]

(b) [[treatment-unavailable: You say that pituitary surgery is not offered in Seychelles. You have not shown why Mr. Payet could not be treated in Mauritius, in South Africa or in India, where such surgery is regularly performed and to which patients from Seychelles are often referred by the Ministry of Health's overseas treatment program, or whether he applied to that program.]]

(c) [[financial-support: Your Form I-134 shows savings of $9,700 and no regular income since you retired. The Houston center estimates $48,500 for surgery and two nights in hospital, and the letter about a church collection does not say how much has been raised or who holds it.]]

(d) [[temporary-stay: After surgery Mr. Payet would need hormone tests and possibly further medication or radiation for years. Nothing in the record says who in Seychelles would carry out that follow-up or when he would return, and you state that he has no job or home waiting for him there.]]

You may submit evidence in rebuttal within 33 days of the date of this notice (30 days plus 3 days for mailing). Evidence received after that date will not be considered, and USCIS will then decide the request on the record as it stands.

Sincerely,

Everett Olusola
Adjudications Officer
"""),

dict(name="c03-bulleted-denial", kind="denial", date="2027-05-17", receipt="IOE0812447093", days=None, furniture=[],
text="""U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

DECISION

May 17, 2027
Receipt Number: IOE0812447093
Beneficiary: Dragan Stojanovski
Petitioner: Biljana Stojanovska-Ruiz

Dear Ms. Stojanovska-Ruiz:

You requested parole for your father, Dragan Stojanovski, age 58, a citizen of North Macedonia, so that a mechanical pump to support his failing heart (a left ventricular assist device) could be implanted at a heart hospital in Cleveland. After review of the record, the request is denied.

Parole is a discretionary measure, granted case by case for urgent humanitarian reasons or significant public benefit. The person who asks for it must show by a preponderance of the evidence that the beneficiary qualifies.

The record includes:
- Form I-131 and Form I-134;
- a letter from Dr. Vesna Trajkovska of Skopje dated February 8, 2027;
- an echocardiogram report of January 27, 2027;
- an email from the Cleveland hospital's referral office dated March 1, 2027;
- your bank statements for December 2026 through February 2027.

The request is denied on the following grounds:

\u2022 [[treatment-unavailable: Dr. Trajkovska writes that assist devices are "not routinely implanted" in Skopje. That wording suggests the operation is done there at times, and nothing in the file indicates whether the University Clinic for Cardiac Surgery was asked to perform it or whether centers in Belgrade, Sofia or Thessaloniki were approached.]]
\u2022 [[us-treatment-arranged: The Cleveland email acknowledges receipt of his records and says they will be "reviewed by the advanced heart failure team." No later message confirms that the team accepted him, that a device was reserved, or when the implant would take place.]]
\u2022 [[financial-support: An implant with the hospital stay usually costs several hundred thousand dollars, and the record holds no estimate from the hospital. Your statements show a balance that never rose above $14,200, and nobody else has promised to pay.]]
\u2022 [[travel-feasibility: The echocardiogram reports that his heart pumps out about 15 percent of its blood with each beat, and Dr. Trajkovska notes that he becomes short of breath while dressing. No physician has said that he is fit for a flight of some fourteen hours, with a change of planes, or what medical escort and oxygen he would need on the way.]]

This decision cannot be appealed to the Administrative Appeals Office, and no motion to reopen or reconsider may be filed. You may file a new Form I-131, with the required fee, together with evidence addressing the grounds above.

Sincerely,

Theodora Lindqvist
Section Chief
"""),

dict(name="c04-headed-denial-2p", kind="denial", date="2027-06-08", receipt="IOE0846610572", days=None,
furniture=["Page 1 of 2", "Decision on Parole Request | IOE0846610572 | Ngiraibuuch", "Page 2 of 2"],
text="""U.S. Citizenship and Immigration Services

DECISION ON REQUEST FOR PAROLE

Date: June 8, 2027
Receipt Number: IOE0846610572
Beneficiary: Kelulau Ngiraibuuch (infant)
Petitioner: Hilda Ngiraibuuch

Dear Ms. Ngiraibuuch:

You filed a request for parole for your grandson, Kelulau Ngiraibuuch, born in October 2026 in Koror, Palau, who has a small lower jaw and a cleft palate that make it hard for him to breathe and to feed, and for his mother to accompany him, so that his jaw can be lengthened at a children's hospital in Seattle. For the reasons below, the application is denied.

Governing Standard

USCIS may parole a person into the United States, in its discretion and case by case, for urgent humanitarian reasons or significant public benefit. It is the petitioner's task to establish, by a preponderance of the evidence, that parole is warranted.

Materials Considered

We considered Form I-131; a letter from Dr. Ebiil Rengiil of Belau National Hospital dated March 3, 2027; a sleep study report of February 19, 2027; a letter from the Seattle hospital's craniofacial clinic dated April 6, 2027; and your Form I-134.

Urgency of the Procedure

[[medical-urgency: Dr. Rengiil writes that Kelulau is fed through a tube and sleeps on his stomach to keep his airway open. The sleep study records pauses in breathing, but the letter does not say whether his oxygen levels fall dangerously, whether he is gaining weight, or whether he has needed emergency care. The craniofacial clinic writes that many infants like him improve with positioning alone and that surgery "may be considered." Nothing before us establishes that the operation is needed now rather than later in childhood.]]

Care Closer to Palau

[[treatment-unavailable: Palau has no pediatric surgeon who lengthens the jaw, but the record does not explain why Kelulau could not be treated in Guam, in Manila, in Brisbane or in Honolulu, which are far closer than Seattle, or whether any of those centers was asked.]]

Payment and Sponsorship

[[financial-support: Your Form I-134 lists yearly income of $31,000 and no savings. The Seattle clinic's letter gives no cost, and although you write that a compact health program may pay, you have not provided a referral or approval from that program. Without these, the record does not show how surgery, airfare for the baby and his mother, and months of lodging would be
Page 1 of 2
\f
Decision on Parole Request | IOE0846610572 | Ngiraibuuch
paid.]]

Return to Palau

[[temporary-stay: After the operation the jaw is stretched slowly over several weeks and the devices are later removed in a second operation, and the palate would be closed later still. No plan explains who in Palau would follow him between these stages, or whether he and his mother would stay in the United States until all of them are complete.]]

Conclusion

Because the evidence does not establish that parole is warranted, the application is denied. This decision may not be appealed. You may submit a new Form I-131 with the required fee and new evidence.

Sincerely,

Rupert Achterberg
Field Office Director
Page 2 of 2
"""),

dict(name="c05-runon-noid", kind="noid", date="2027-07-12", receipt="IOE0869134520", days=30, furniture=[],
text="""U.S. Citizenship and Immigration Services

NOTICE OF INTENT TO DENY

July 12, 2027
Receipt Number: IOE0869134520
Beneficiary: Remedios Nchama Obiang
Petitioner: Salvador Obiang Mba

Dear Mr. Obiang Mba:

This notice concerns the request for parole you filed for your wife, Remedios Nchama Obiang, a 33-year-old citizen of Equatorial Guinea, who had her thyroid removed for papillary thyroid cancer in Malabo and has been advised to receive radioactive iodine at a cancer center in Atlanta.

The petitioner must show, by a preponderance of the evidence, that parole is justified by urgent humanitarian reasons or significant public benefit and that a favorable exercise of discretion is warranted. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

The record includes the pathology report of April 2, 2027, a letter from the surgeon, Dr. Tomas Esono Ndong, dated May 10, 2027, a letter from the Atlanta center dated June 1, 2027, and your Form I-134 with pay statements.

USCIS intends to deny the request. [[medical-urgency: The pathology report describes a tumor of 2.1 centimeters with no spread found in the two lymph nodes removed, and Dr. Esono Ndong does not explain why radioactive iodine is needed in her case, whether waiting some months would change her outlook, or what scans since surgery have shown.]] [[treatment-unavailable: Moreover, radioactive iodine treatment is offered in Yaounde, Douala and Libreville, all within a short flight of Malabo, and the letter does not explain why none of these centers was considered.]]

[[us-treatment-arranged: The Atlanta letter states that the center "accepts consultations from abroad" and lists its fees, but it does not say that Ms. Nchama Obiang has been scheduled, how many days she would be kept in isolation after the dose, or who would order the scan that follows it.]] [[support-plan: Additionally, after the dose she must stay away from children and pregnant women for some days, and your Form I-134 lists your household in Atlanta as yourself, your sister and two children under five; the record is silent on where she would live during that period or who would look after her.]]

You may respond to this notice within 30 days of the date of this notice. If no response is received, USCIS will decide the request on the present record.

Sincerely,

Cordelia Haverkamp
Adjudications Officer
"""),

dict(name="c06-pagebreak-rfe-2p", kind="rfe", date="2027-08-03", receipt="IOE0893376104", days=84,
furniture=["USCIS | RFE | Jitiam Laninvelik | IOE0893376104", "- 1 -", "- 2 -"],
text="""USCIS | RFE | Jitiam Laninvelik | IOE0893376104
U.S. Citizenship and Immigration Services

REQUEST FOR EVIDENCE

August 3, 2027
Receipt Number: IOE0893376104
Form I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Beneficiary: Jitiam Laninvelik
Petitioner: Nora Laninvelik-Pace

Dear Ms. Laninvelik-Pace:

You seek parole for your cousin, Jitiam Laninvelik, a 29-year-old man from Majuro, Marshall Islands, who has severe hemophilia A and a right knee destroyed by repeated bleeding, so that the knee can be replaced at a hemophilia treatment center in Portland, Oregon.

Parole may be authorized only for urgent humanitarian reasons or significant public benefit, in the exercise of discretion. The petitioner bears the burden of proof.

The file contains Form I-131, Form I-134, a letter from Dr. Anjain Kabua of Majuro dated May 14, 2027, a knee X-ray report, and a letter from the Portland center dated June 22, 2027.

More evidence is needed on the points below. For each, the kinds of evidence that may help are listed after it.

[[medical-urgency: Dr. Kabua writes that the knee is "fixed and painful" and that Mr. Laninvelik walks with crutches. The letter does not say whether the knee still bleeds, how often, or what would follow if the replacement were delayed by a year. Evidence may include an up-to-date statement by the physician treating him, giving the number of bleeds over the past year and how each was managed.]]

[[treatment-unavailable: The record states that factor VIII concentrate is scarce in Majuro. It does not say whether joint replacement in a person with hemophilia is offered in Honolulu under the compact arrangements, in Guam, in Manila or in Australia. Evidence may include replies from such centers or from the Ministry of Health's off-island referral office.]]

[[us-treatment-arranged: The Portland letter states that the center is "willing to evaluate" Mr. Laninvelik. Knee replacement in severe hemophilia requires a supply of factor concentrate arranged before surgery and for weeks after it, and the letter is silent on who would supply it, whether an orthopedic surgeon has agreed to operate, or how long
USCIS | RFE | Jitiam Laninvelik | IOE0893376104
- 1 -
\f
USCIS | RFE | Jitiam Laninvelik | IOE0893376104
inpatient care and physical therapy would last. Evidence may include a treatment plan signed by the hematologist and the surgeon.]]

[[financial-support: Factor concentrate alone for such an operation can cost well over one hundred thousand dollars. Your Form I-134 shows income of $44,800 a year. Evidence may include a cost estimate from the center, proof of any charity care or manufacturer program, and written pledges from other sponsors with evidence of their resources.]]

[[support-plan: Mr. Laninvelik would need daily therapy for weeks after surgery and could not drive. You live in Springdale, Arkansas, far from Portland. Evidence may include a statement of where he would stay in Portland, who would go with him to appointments, and how that person would be supported.]]

Your response must be received within 84 days of the date of this notice. Submit all requested evidence together with this notice on top. If you do not respond, the request will be decided on the evidence already in the file.

Sincerely,

Wendell Amankwah
Adjudications Officer
USCIS | RFE | Jitiam Laninvelik | IOE0893376104
- 2 -
"""),

dict(name="c07-quoting-rfe-denial", kind="denial", date="2027-09-14", receipt="IOE0907752381", days=None, furniture=[],
text="""U.S. Citizenship and Immigration Services

DECISION

September 14, 2027
Receipt Number: IOE0907752381
Beneficiary: Braima Djalo
Petitioner: Fatumata Djalo Mendes

Dear Ms. Djalo Mendes:

You requested parole for your son, Braima Djalo, age two, a citizen of Guinea-Bissau, who was born with Hirschsprung disease, a bowel without nerve cells in its lower part, so that the affected segment could be removed at a children's hospital in Columbus, Ohio. After careful review, the application is denied.

The burden rests on you to show, by a preponderance of the evidence, that urgent humanitarian reasons or significant public benefit warrant parole and that he merits a favorable exercise of discretion.

On June 1, 2027, USCIS sent you a request for evidence which asked, among other things, for:

"A letter from a surgeon in Columbus confirming that Braima has been accepted for the pull-through operation, with the planned date and expected length of stay."

"Evidence that the pull-through operation is not available in Guinea-Bissau, Senegal, or another country in the region."

"Evidence of how the costs of surgery, travel and the stay would be covered."

USCIS received your response on August 20, 2027. It included a letter from Dr. Helena Co of Bissau dated July 15, 2027, an email from the Columbus hospital dated July 28, 2027, a letter from a community association in Lisbon, and your updated Form I-134.

The response does not overcome the concerns in the request for evidence.

[[us-treatment-arranged: The Columbus email says that Braima "has been placed on the list for a surgical consultation." It names no surgeon, gives no date and does not say that the operation has been agreed to. Placement on a consultation list does not show that treatment has been arranged.]]

[[treatment-unavailable: Dr. Co writes that Braima has had a colostomy since he was three months old and that the second stage cannot be done in Bissau. She does not address Dakar, where pediatric surgeons perform this operation, and the response contains nothing from any hospital in Senegal or in Portugal.]]

[[financial-support: The association in Lisbon writes that it "will try to help the family" but names no amount, and the updated Form I-134 you filed shows income of $27,300 a year to support five people. The response contains no cost estimate from the hospital.]]

For these reasons the application remains denied. There is no appeal from this decision. You may file a new request on Form I-131, with the fee, if you have new evidence.

Sincerely,

Josephine Abernathy-Quist
Supervisory Adjudications Officer
"""),

dict(name="n08-memo-denial", kind="denial", date="2027-10-05", receipt="IOE0928814736", days=None, furniture=[],
text="""U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

DECISION MEMORANDUM

TO: Filipe Neto da Costa, Petitioner
FROM: Humanitarian Affairs Branch, Parole Adjudications
DATE: October 5, 2027
RE: Denial of parole request, Receipt Number IOE0928814736, Beneficiary Leonor da Costa Sacramento

Summary. You asked USCIS to parole your niece, Leonor da Costa Sacramento, age four, a citizen of Sao Tome and Principe, whose esophagus was scarred shut after she swallowed a drain cleaner in 2026, so that it could be rebuilt with a section of her colon at a children's hospital in Philadelphia. The request is denied.

Standard. USCIS may parole a person in its discretion for urgent humanitarian reasons or significant public benefit, deciding each case on its own facts. You must show eligibility by a preponderance of the evidence.

Record. The record contains Form I-131; Form I-134; a letter from Dr. Aurelio Pontes of Sao Tome dated May 21, 2027; reports of three dilations done in Libreville; a letter from the Philadelphia hospital dated July 9, 2027; and a letter from a parish in Newark.

Urgency. [[medical-urgency: Dr. Pontes writes that Leonor is fed through a tube in her stomach and is growing along the lower edge of the normal range. He does not say that her condition is worsening or that the tube feeding cannot continue safely while other options are considered, and the Libreville reports state that the third dilation widened the narrowing.]]

Care in the region. [[treatment-unavailable: Leonor's dilations were done in Libreville, and nothing in the file shows whether surgeons there, or in Lisbon, where children from Sao Tome are sent under a cooperation agreement with Portugal, were asked whether they could replace the esophagus.]]

Arrangements in Philadelphia. [[us-treatment-arranged: The hospital's letter says that Leonor's case "was discussed at our multidisciplinary conference" and that more studies would be needed before surgery could be recommended. No surgeon has agreed to operate, and no date or length of stay is given.]]

Sponsor and costs. [[financial-support: Your Form I-134 lists earnings of $38,900 a year for a household of four in Elizabeth, New Jersey, and the parish offers "prayers and whatever help our community can give." No cost estimate and no promise of a specific sum appear in the record.]]

Conclusion. For these reasons the request is denied. This decision is not subject to appeal to the Administrative Appeals Office. You remain free to file a new Form I-131, with the required fee, along with new evidence.

Reginald Oyelaran-Fisk
Chief, Parole Adjudications
"""),

dict(name="n09-nested-noid-2p", kind="noid", date="2027-11-16", receipt="IOE0951203847", days=33,
furniture=["Notice of Intent to Deny - IOE0951203847 - p. 1", "Notice of Intent to Deny - IOE0951203847 - p. 2"],
text="""U.S. Citizenship and Immigration Services

NOTICE OF INTENT TO DENY

November 16, 2027
Receipt Number: IOE0951203847
Beneficiary: Taulu Penitusi
Petitioner: Sefo Penitusi

Dear Mr. Penitusi:

You filed a request for parole on behalf of your father, Taulu Penitusi, a 52-year-old citizen of Tuvalu, who has bladder cancer that has grown into the bladder wall and who has been advised to have the bladder removed at a cancer hospital in San Francisco.

You must establish by a preponderance of the evidence that urgent humanitarian reasons or significant public benefit support parole and that it should be granted as a matter of discretion. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

We have reviewed Form I-131, Form I-134, the letter of Dr. Feue Tafaaki of Princess Margaret Hospital in Funafuti dated August 30, 2027, a pathology report from Suva, a letter from the San Francisco hospital dated September 24, 2027, and a statement from you. We intend to deny the request for the reasons that follow. Each reason lists the specific gaps on which it rests.

1. [[treatment-unavailable: The surgery has not been shown to be unavailable to your father nearer to Tuvalu:
(i) the pathology was read in Suva, and nothing indicates whether urologists in Suva, or in Auckland or Brisbane, to which the Tuvalu Medical Treatment Scheme refers patients, were asked to operate;
(ii) Dr. Tafaaki's letter states only that the operation "is not done in Tuvalu."]]

2. [[us-treatment-arranged: The San Francisco letter does not show that treatment has been arranged:
(i) it says that the hospital "could offer a consultation with urologic oncology," but no surgeon has accepted him;
(ii) it does not say whether chemotherapy is planned before the operation, which would lengthen the stay by several months;
(iii) it gives no estimate of how long he would stay in hospital or in the area.]]

3. [[financial-support: How the costs would be met has not been shown:
(i) your Form I-134 lists income of $47,200 a year, and the record holds no cost estimate;
(ii) you write that "the family and the church will contribute," but no one else has signed a Form I-134 or a written pledge;
(iii) nothing shows that the Tuvalu Medical Treatment Scheme, which pays for some care abroad, has been asked to contribute.]]

4. [[temporary-stay: His stay has not been shown to be
Notice of Intent to Deny - IOE0951203847 - p. 1
\f
Notice of Intent to Deny - IOE0951203847 - p. 2
temporary:
(i) after removal of the bladder he would need a new way of passing urine and regular checks of his kidneys and for return of the cancer, and no physician in Tuvalu is named to provide them;
(ii) you state that your father's wife and children live with you in Stockton, and nothing in the record describes the ties that would draw him back to Funafuti.]]

You may submit a rebuttal with evidence within 33 days of the date of this notice (30 days plus 3 days for mailing). If USCIS receives no response, the request will be decided on the present record.

Sincerely,

Annika Braithwaite-Oduya
Adjudications Officer
"""),

dict(name="n10-received-missing-rfe-2p", kind="rfe", date="2027-12-07", receipt="IOE0976530418", days=87, furniture=["IOE0976530418 - Page 1 of 2", "IOE0976530418 - Page 2 of 2"],
text="""U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

REQUEST FOR EVIDENCE

December 7, 2027
Receipt Number: IOE0976530418
Beneficiary: Delvina Deiye
Petitioner: Marcus Deiye

Dear Mr. Deiye:

You asked USCIS to parole your wife, Delvina Deiye, a 47-year-old citizen of Nauru, who has multiple myeloma, so that she may receive high-dose chemotherapy followed by a transplant of her own stem cells at a cancer center in Denver.

Parole may be granted, in USCIS's discretion and case by case, only for urgent humanitarian reasons or significant public benefit. The burden of proof is yours.

For each point below we list what we received and what is still missing. Please read both parts; the second describes the evidence we need.

Point A: Need for the transplant
What we received:
A letter from Dr. Kinza Clodumar of the Republic of Nauru Hospital dated September 3, 2027, stating the diagnosis and that Ms. Deiye has had four cycles of chemotherapy in Brisbane.
What is still missing:
[[medical-urgency: The letter is silent on how the myeloma responded to those four cycles, whether her kidneys have been damaged, or why the transplant cannot wait beyond the next few months. Submit the most recent blood and urine test results and a statement from the treating hematologist in Brisbane on her response and on the timing of the transplant.]]

Point B: Transplant in Australia
What we received:
Your statement that the Brisbane hospital "has a long waiting list."
What is still missing:
[[treatment-unavailable: Ms. Deiye was given chemotherapy in Brisbane under Nauru's overseas medical referral arrangement, and autologous transplants are done in several Australian cities. Submit a letter from the Brisbane team or the referral office stating whether she was offered a transplant in Australia, how long she would wait, and why she cannot have it there.]]

Point C: Acceptance in Denver
What we received:
An email from the Denver center's international office dated October 11, 2027, listing the documents it would need to consider her case.
What is still missing:
[[us-treatment-arranged: Nothing shows that the Denver center has reviewed her records or accepted her. Submit a signed statement by the transplant physician confirming acceptance, the planned dates of stem cell collection and transplant, and the time she would have to remain near the center afterward.]]

IOE0976530418 - Page 1 of 2
\f
IOE0976530418 - Page 2 of 2

Point D: Costs of treatment and stay
What we received:
Your Form I-134, listing income of $58,600 a year, and a bank statement for October 2027.
What is still missing:
[[financial-support: An autologous transplant with collection and hospital care commonly costs well beyond your listed income and savings, and the record holds no estimate from the Denver center. Submit the center's written estimate and proof of how it would be paid, such as a guarantee from Nauru's referral program, an insurance policy covering the care, or pledges from other sponsors with evidence of their means.]]
Your response must be received within 87 days of the date of this notice (84 days plus 3 days for mailing). Send everything at once with a copy of this notice. A decision will be made on the record if you do not respond.

Sincerely,

Priyanka Vandersloot
Adjudications Officer
"""),
]
