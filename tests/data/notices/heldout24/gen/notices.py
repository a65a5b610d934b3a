# The ten notices. Each ground is marked in place as [[category: ...]].
# A form feed (\f) is a page break. write.py strips the marks.
N = {}

N["c01-numbered-rfe-2p"] = dict(kind="rfe", date="2027-03-08", receipt="IOE0731846205", days=87, furniture=[
 "Request for Evidence | IOE0731846205 | Sheet 1",
 "Request for Evidence | IOE0731846205 | Sheet 2"], text="""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
International Operations Division

REQUEST FOR EVIDENCE

Date: March 8, 2027
Receipt Number: IOE0731846205
Form I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Petitioner: Orlando Zelaya Funes
Beneficiary: Daniela Zelaya Cárcamo

On December 2, 2026, USCIS received your Form I-131 asking that your sister, Daniela Zelaya Cárcamo, a twenty-four year old resident of San Pedro Sula, Honduras, be paroled into the United States so that her enlarged aortic root, caused by Marfan syndrome, can be replaced by a surgeon in Houston, Texas.

The Secretary of Homeland Security may, in her discretion, parole a noncitizen into the United States temporarily, on a case by case basis, for urgent humanitarian reasons or significant public benefit. INA 212(d)(5)(A). The person asking for parole must show, by a preponderance of the evidence, that parole is warranted. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). We have looked at everything you sent, and it leaves the questions set out in the numbered points below.

1. [[medical-urgency: The echocardiogram report from Tegucigalpa is dated June 2025 and gives an aortic root width of 46 millimeters. No later measurement is in the file, and no cardiologist explains how fast the root has grown or at what width surgery becomes pressing for a woman of her size. Send a current report of imaging and a letter from her cardiologist on the timing of surgery.]]

2. [[treatment-unavailable: Your letter says that no hospital in Honduras performs this operation, yet a discharge summary you sent shows that Daniela's father had open heart surgery at a private hospital in Tegucigalpa in 2021. Explain why the surgeons there, or in Guatemala, Costa Rica or Mexico, could not repair Daniela's aorta.]]

3. [[us-treatment-arranged: The Houston letter is signed by a scheduling coordinator and states that the clinic "would be glad to see Ms. Zelaya for a consultation." An offer of a consultation is not proof that any surgeon has reviewed her records and agreed to operate. Provide a letter from the surgeon naming the planned operation, how many days she would spend in the hospital, and a proposed date.]]

4. [[financial-support: Your Form I-134 gives your yearly pay as $38,200 as a warehouse supervisor, and you support a wife and three children. The hospital quotes $182,000 for the operation together with a week of inpatient care. Nothing shows how that sum, the flights and the months of recovery would be paid. Submit
Request for Evidence | IOE0731846205 | Sheet 1
\fRequest for Evidence | IOE0731846205 | Sheet 2
bank records, a written promise from any charity or sponsor, and any agreement by the hospital to lower or waive its charges.]]

5. [[temporary-stay: You have not said when Daniela would return to Honduras or which physician there would follow her after surgery, though she would need blood pressure medicine and yearly imaging for the rest of her life. Describe the plan for her return and for her care at home.]]

How to respond: send the items requested, with this notice on top, so that USCIS receives them within 87 days of the date of this notice (84 days plus 3 days for mailing). If you do not respond, the request may be denied as abandoned. Send everything at once; we will not ask a second time.

Sincerely,
Marlene O. Whitcomb
Section Chief, Humanitarian Affairs Branch
""")

N["c02-lettered-noid"] = dict(kind="noid", date="2027-04-19", receipt="IOE0592017348", days=33, furniture=[], text="""U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

NOTICE OF INTENT TO DENY

April 19, 2027
Receipt Number: IOE0592017348
Petitioner: Karim Benjelloun
Beneficiary: Salma Benjelloun

You filed Form I-131 for your niece, Salma Benjelloun, a six year old girl who has Crigler-Najjar syndrome type 1 and lives in Fes, Morocco. You ask that she be paroled so that she can receive a liver transplant at a children's hospital in Pittsburgh, Pennsylvania.

Parole under INA 212(d)(5)(A) is granted only case by case, for urgent humanitarian reasons or significant public benefit, and only where discretion favors it. You carry the burden of showing that Salma qualifies. We reviewed your petition, the letters of her two doctors in Fes, her laboratory results, the letter from Pittsburgh, your Form I-134 and your tax return for 2025. On this record, USCIS expects to deny the request; the grounds appear as (a) to (d).

(a) [[treatment-unavailable: The pediatrician in Fes writes that Salma spends twelve hours each night under blue lights and that her bilirubin levels have been held in a safe range. He does not say whether liver transplants for children are done in Rabat or Casablanca, or in Europe, and you have not shown that any center nearer to Morocco was asked.]]

(b) [[us-treatment-arranged: The Pittsburgh letter confirms that the hospital received Salma's records and "will discuss her case at a future meeting of the transplant committee." It does not confirm that Salma is on the waiting list, and no living donor has been identified or tested.]]

(c) [[financial-support: You and your spouse earn together about $71,000 a year. A transplant for a child, with months of follow-up, costs far more, and you list no insurance, savings or charity that would pay. The hospital has not said it would treat her without charge.]]

(d) [[support-plan: After a transplant Salma would have to stay within an hour of the hospital for about three months. You live in Newark, New Jersey, roughly six hours away by car, and the file is silent on lodging for Salma and her mother in Pittsburgh and on how they would meet their daily expenses.]]

You may send a response and any further evidence so that it reaches us within 33 days of the date of this notice (30 days plus 3 days for mailing). If you do not respond, we will decide on the present record. Please put a copy of this notice on top of your response.

Yvonne R. Castellanos
Supervisory Adjudications Officer
""")

N["c03-bulleted-denial"] = dict(kind="denial", date="2027-05-24", receipt="IOE0418827561", days=None, furniture=[], text="""U.S. Citizenship and Immigration Services
International Operations

DECISION

Date: May 24, 2027
Receipt Number: IOE0418827561
Petitioner: Nadia Farouk
Beneficiary: Youssef Hamdy Farouk

Your Form I-131 asks that your son, Youssef Hamdy Farouk, ten years old and living in Alexandria, Egypt, be paroled into the United States for care of steroid-resistant nephrotic syndrome at a hospital in Minneapolis, Minnesota. After careful review, the request is denied.

The Secretary may parole a noncitizen into the United States only temporarily, case by case, for urgent humanitarian reasons or significant public benefit. INA 212(d)(5)(A). The petitioner must prove eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

The file contains:
- two letters from Youssef's nephrologist in Alexandria, dated January and March 2027;
- his kidney biopsy report and blood tests;
- an email from a clinic in Minneapolis;
- your Form I-134 with a bank statement.

We deny the request because:

• [[treatment-unavailable: The nephrologist in Alexandria reports that Youssef's protein loss lessened after he began a second medicine in February 2027 and that he is now seen every two weeks. The letters do not name any treatment he needs that is not given in Egypt.]]

• [[us-treatment-arranged: The email from Minneapolis, sent by a nurse, asks for more records and names no doctor who will take charge of Youssef's care. No plan of treatment or length of stay is described.]]

• [[financial-support: The bank statement shows a balance of about $9,400, and the Form I-134 lists no other income. There is no estimate of what the care would cost and no showing of how it would be paid.]]

This decision cannot be appealed to the Administrative Appeals Office, and a motion to reopen or reconsider is not available. You may file a new Form I-131, with the required fee or a fee waiver request, if circumstances change.

Gerald T. Okonkwo-Hale
Field Office Director
""")

N["c04-headed-denial-2p"] = dict(kind="denial", date="2027-06-07", receipt="IOE0864409132", days=None, furniture=[
 "Page 1 of 2", "Nguyen Thi Lan - IOE0864409132", "Page 2 of 2"], text="""U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

DECISION ON REQUEST FOR HUMANITARIAN PAROLE

June 7, 2027
Receipt Number: IOE0864409132
Petitioner: Tran Van Duc
Beneficiary: Nguyen Thi Lan

You asked that your granddaughter, Nguyen Thi Lan, an eight year old girl from Da Nang, Vietnam, be paroled into the United States so that she may be treated for Gaucher disease type 3 at a university hospital in Los Angeles, California. The request is denied for the reasons set out below.

Applicable Law

Under INA 212(d)(5)(A), the Secretary may authorize parole only temporarily, case by case, for urgent humanitarian reasons or significant public benefit. The petitioner must prove eligibility. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

Documents Reviewed

We considered your statement, two letters from Lan's doctor at a children's hospital in Ho Chi Minh City, her blood counts and spleen ultrasound, a letter from Los Angeles, and your Form I-134.

Medical Need

[[medical-urgency: Lan's doctor states that her spleen is enlarged and her platelets are low, but her most recent counts, from February 2027, are better than those of the year before. The letters describe no decline in her condition, nor what would happen if treatment in the United States were not begun soon.]]

Treatment in Vietnam

[[treatment-unavailable: The same letters say that Lan has received enzyme infusions every two weeks in Ho Chi Minh City since 2024 through a donation program. You have not shown that this program is ending or that the infusions she receives there differ from those proposed in Los Angeles.]]

United States Provider

[[us-treatment-arranged: The letter from Los Angeles is from a genetics researcher who writes that Lan "may be a candidate" for a study of a new oral medicine. Nothing in it states that Lan was screened or enrolled, that the study is open to patients from abroad, or how long she would have to stay in the United States. No treating physician has agreed to see
Page 1 of 2
\fNguyen Thi Lan - IOE0864409132
her.]]

Costs

[[financial-support: Your Form I-134 shows yearly income of $29,000 from a restaurant job. You write that the study "will cover everything," but nothing from the study says so, and no funds are shown for flights, housing or Lan's regular infusions while she is here.]]

Conclusion

For these reasons, the request is denied. There is no appeal from this decision to the Administrative Appeals Office. You may file a new Form I-131 with the required fee if you obtain the evidence discussed above.

Harriet M. Lindqvist
Director, International Operations
Page 2 of 2
""")

N["c05-runon-noid"] = dict(kind="noid", date="2027-06-14", receipt="IOE0357720498", days=30, furniture=[], text="""U.S. Citizenship and Immigration Services
International Operations Division

NOTICE OF INTENT TO DENY

June 14, 2027
Receipt Number: IOE0357720498
Petitioner: Rina Kusumawati
Beneficiary: Bima Santoso

We received your Form I-131 for your nephew, Bima Santoso, a boy of seven months living in Surabaya, Indonesia, who was born with a long gap between the two ends of his esophagus. You ask that he be paroled so that surgeons in Boston, Massachusetts, can join the two ends.

INA 212(d)(5)(A) allows parole only case by case, for urgent humanitarian reasons or significant public benefit. You must show by a preponderance of the evidence that Bima is eligible and that parole is warranted as a matter of discretion. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). The file holds your statement, a letter from Bima's surgeon in Surabaya, his hospital records, a letter from a Boston hospital and your Form I-134.

USCIS intends to deny the request. [[treatment-unavailable: Bima's surgeon in Surabaya writes that he placed a feeding tube in the infant's stomach at birth and plans to rebuild the esophagus with a piece of the stomach when Bima is about one year old, and he does not say that the operation you seek in Boston would give a better result or could not be done in Jakarta or Singapore.]] [[us-treatment-arranged: Further, the Boston letter states only that the hospital's program "accepts referrals from around the world" and that a nurse will contact the family, and gives no sign that any surgeon has studied Bima's records or agreed to operate.]]

[[financial-support: Your Form I-134 reports a salary of $44,000 as a laboratory technician, and you say that a church in your city will "help as it can," but the church has made no written commitment and no cost estimate from the hospital is in the file.]] [[travel-feasibility: Additionally, Bima's records show that saliva must be suctioned from his upper pouch many times a day, and nothing explains how he would be kept safe on a journey of twenty hours or longer in the air or which nurse or doctor would travel with him.]]

You may respond with evidence that addresses these concerns. Your response must be received within 30 days of the date of this notice. If no response is received, we will decide the request on the current record.

Adrienne K. Pollard
Chief, Parole Adjudications
""")

N["c06-quoting-rfe-denial"] = dict(kind="denial", date="2027-07-26", receipt="IOE0648135970", days=None, furniture=[], text="""U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

DECISION

July 26, 2027
Receipt Number: IOE0648135970
Petitioner: Ernesto Lacayo Ruiz
Beneficiary: Valeria Lacayo Mendieta

You filed a Form I-131 seeking parole for your daughter, Valeria Lacayo Mendieta, nineteen years old, of León, Nicaragua, who has Wilson disease with damage to her liver. You ask that she come to the United States for a liver transplant in Miami, Florida. The request is denied.

The burden of proof is on the petitioner to show, by a preponderance of the evidence, that parole is warranted. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

On April 12, 2027, USCIS sent you a request for evidence. Among other things, it asked for:
"A letter from Valeria's hepatologist stating whether her liver disease can still be managed with medicine."
"A written acceptance from the Miami transplant center, including her listing status."
"Evidence of how the transplant and the months of follow-up care would be paid."

We received your response on June 30, 2027. It contained a new letter from Dr. Amparo Sandino in Managua, a printed web page about the Miami center, a letter from your employer and copies of your pay stubs.

We have weighed the response against the concerns in the request, and they remain.

[[treatment-unavailable: Dr. Sandino's new letter says that Valeria takes zinc and a chelating medicine, that her liver tests have held steady for six months, and that a transplant "could be needed in the future." It does not say that she needs a transplant now or that her present treatment is failing.]]

[[us-treatment-arranged: A page printed from a hospital's website describes its program in general terms. It is not an acceptance of Valeria as a patient, and it gives no listing status, no physician's name and no plan.]]

[[financial-support: Your pay stubs show earnings of about $3,100 a month, and your employer writes that you are "a reliable worker." Neither shows a way to pay for a transplant, which you yourself estimate at more than $500,000.]]

As the response did not resolve the concerns raised in the request, the request is denied. This decision may not be appealed. You may file a new Form I-131 with the required fee.

Raymond E. Gustafsson
Supervisory Immigration Services Officer
""")

N["c07-headers-rfe-2p"] = dict(kind="rfe", date="2027-08-23", receipt="IOE0209958316", days=87, furniture=[
 "USCIS - Humanitarian Parole - IOE0209958316", "Page 1 of 2", "Page 2 of 2"], text="""USCIS - Humanitarian Parole - IOE0209958316
U.S. Citizenship and Immigration Services
International Operations Division

REQUEST FOR EVIDENCE

August 23, 2027
Receipt Number: IOE0209958316
Form I-131
Petitioner: Marie-Claude Desrosiers
Beneficiary: Jean-Robert Desrosiers

You have asked that your brother, Jean-Robert Desrosiers, twenty-seven years old, of Cap-Haïtien, Haiti, be paroled so that a narrowing of his windpipe, which formed after he was kept on a breathing tube following a road accident in 2026, can be repaired by surgeons in Philadelphia, Pennsylvania.

Parole is decided case by case, for urgent humanitarian reasons or significant public benefit, under INA 212(d)(5)(A). You must show eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). We reviewed your statement, a letter from a doctor in Port-au-Prince, a letter from Philadelphia, photographs of your brother, and your Form I-134.

The present evidence does not establish that parole should be granted. Please address the concerns that follow.

[[medical-urgency: The doctor in Port-au-Prince writes that Jean-Robert "has trouble breathing" and now breathes through a tube in his neck, but he gives no scan or scope findings, no length of the narrowed segment and no opinion on what would follow if the repair were delayed. Evidence may include a current report of a CT scan or airway endoscopy and a letter from the treating doctor on how quickly repair is needed.]]

[[treatment-unavailable: You write that "there is nobody in Haiti who can do this," but the file contains no statement from a Haitian doctor or hospital confirming it, and it does not address whether surgeons in the Dominican Republic or Cuba perform airway resections. Evidence may include replies from hospitals in the region saying whether they could treat him.]]

[[us-treatment-arranged: The Philadelphia letter, from a resident physician, says that the airway team "would review imaging if sent." That is not a commitment to treat him. Evidence may include the attending surgeon's own letter stating that he or she has reviewed the
USCIS - Humanitarian Parole - IOE0209958316
Page 1 of 2
\fUSCIS - Humanitarian Parole - IOE0209958316
records, the operation planned and the expected time in the hospital.]]

[[support-plan: You live in a one-bedroom apartment in Brooklyn, New York, about two hours from Philadelphia, and work nights. The file does not say where Jean-Robert would recover, who would clean and change his neck tube, or how he would reach follow-up visits. Evidence may include a statement, signed by whoever would house and care for him, and a lease or other proof of the housing.]]

Send your response, with a copy of this notice, so that USCIS receives it within 87 days of the date of this notice (84 days plus 3 days for mailing). We may deny the request if you do not respond by then.

Thomas B. Ferreira-Lund
Acting Section Chief
USCIS - Humanitarian Parole - IOE0209958316
Page 2 of 2
""")

N["n08-factor-table-noid"] = dict(kind="noid", date="2027-10-04", receipt="IOE0972683154", days=33, furniture=[], text="""U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

NOTICE OF INTENT TO DENY

October 4, 2027
Receipt Number: IOE0972683154
Petitioner: Rami Haddad
Beneficiary: Ghassan Haddad

You filed Form I-131 for your father, Ghassan Haddad, fifty years old, who lives in Latakia, Syria, and has cardiac sarcoidosis with episodes of a dangerously fast heartbeat. You ask that he be paroled so that he can be treated at a heart center in Cleveland, Ohio.

Parole may be authorized under INA 212(d)(5)(A) only temporarily, case by case, for urgent humanitarian reasons or significant public benefit. The petitioner must establish eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). We reviewed your petition, the reports of Mr. Haddad's cardiologist in Damascus, his heart monitor recordings, a letter from Cleveland, your Form I-134 and your bank records.

We assessed the record against each of the parole factors below.

Factor | Shown?
Medical urgency | Yes
Treatment unavailable at home | No
US treatment arranged | Yes
Financial support | Yes
Support during the stay | No
Temporary stay | No

The factors marked "Yes" are not discussed further. Those marked "No" are explained below, and on them we intend to deny the request.

Treatment unavailable at home:
[[treatment-unavailable: The cardiologist in Damascus writes that Mr. Haddad needs a device implanted under the skin that would shock his heart back into rhythm. His report does not say that such devices cannot be implanted in Syria, and your statement notes that a cousin had one placed in Beirut in 2024. Nothing shows that Mr. Haddad sought care in Lebanon.]]

Support during the stay:
[[support-plan: Cleveland expects Mr. Haddad to remain near the center for about six weeks after the device is placed. You are a graduate student in Chicago, Illinois, and you have given no address at which he would stay in Cleveland, nor said who would take him to his appointments or who would be with him if the device fired.]]

Temporary stay:
[[temporary-stay: Your mother and two younger brothers already live with you in Chicago, and you write that "the whole family hopes to be together again." The file gives no date for Mr. Haddad's return to Syria and names no cardiologist there who would check the device after he goes home.]]

You may submit evidence in rebuttal within 33 days of the date of this notice (30 days plus 3 days for mailing). Include a copy of this notice. If you do not respond, the request will be decided on the evidence now in the file.

Constance L. Abernathy
Supervisory Adjudications Officer
""")

N["n09-first-person-denial"] = dict(kind="denial", date="2027-11-08", receipt="IOE0540186729", days=None, furniture=[], text="""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services

DECISION

November 8, 2027
Receipt Number: IOE0540186729
Petitioner: Altagracia Peña Rosario
Beneficiary: Mercedes Rosario Vda. de Peña

Dear Ms. Peña Rosario:

I am the officer assigned to the Form I-131 you filed for your mother, Mercedes Rosario Vda. de Peña, sixty-seven, of Santiago de los Caballeros, Dominican Republic. You asked that she be paroled so that a severely narrowed aortic valve could be replaced through a catheter at a hospital in Orlando, Florida. I am writing to tell you that your request is denied.

Parole may be granted only temporarily, case by case, for urgent humanitarian reasons or significant public benefit. INA 212(d)(5)(A). It is your burden to show, by a preponderance of the evidence, that your mother qualifies and deserves a favorable exercise of discretion. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

I have reviewed your letter, the echocardiogram and reports from your mother's cardiologist in Santiago, an email from the Orlando hospital's international office, your Form I-134 and a letter from your pastor. Having weighed all of it, I find that you have not met your burden, for three reasons.

[[treatment-unavailable: First, I find that the treatment is offered in your mother's own country. Her cardiologist's report states that catheter valve replacement "is performed at two centers in Santo Domingo," and it offers no reason that would keep her from being treated at either one. You wrote that the waiting time there is long, but I found no evidence of how long it is or that your mother was ever referred.]]

[[us-treatment-arranged: Second, the email from Orlando is a price list for international patients. It does not show that any cardiologist has reviewed your mother's images or agreed to treat her, and it does not state a date or a plan.]]

[[other-avenues: Finally, I note that your mother held a visitor visa from 2015 to 2025 and traveled on it several times. You have not explained why she did not apply again for a B-2 visa to seek medical care before turning to parole, or why one could not be issued in the time her condition allows.]]

For these reasons, I deny the request. This decision cannot be appealed to the Administrative Appeals Office. You may file a new Form I-131, with fee, if you can address the points I have raised.

Sincerely,
Leonard P. Vasquez-Imbert
Immigration Services Officer
""")

N["n10-record-does-not-rfe-2p"] = dict(kind="rfe", date="2027-11-15", receipt="IOE0116594827", days=87, furniture=[
 "RFE / IOE0116594827 / p. 1", "RFE / IOE0116594827 / p. 2"], text="""U.S. Citizenship and Immigration Services
International Operations Division

REQUEST FOR EVIDENCE

November 15, 2027
Receipt Number: IOE0116594827
Form I-131
Petitioner: Selamawit Tesfaye
Beneficiary: Dawit Tesfaye Bekele

You filed a request for parole for your son, Dawit Tesfaye Bekele, a fifteen year old boy in Bahir Dar, Ethiopia, who has a juvenile nasopharyngeal angiofibroma, a growth at the back of the nose that bleeds heavily. You ask that he travel to Baltimore, Maryland, for its removal.

Parole may be granted under INA 212(d)(5)(A) case by case, for urgent humanitarian reasons or significant public benefit, and the petitioner must prove eligibility. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). The file now holds your statement, two letters from an ear, nose and throat doctor in Addis Ababa, a scan report, an email from Baltimore and your Form I-134.

We cannot yet decide the request. Each concern is stated below, with what you may send to answer it.

[[medical-urgency: The record does not show how Dawit's condition stands today. The scan report is from March 2027, and the doctor's letters mention "repeated bleeding" without saying how often, whether he has needed blood transfusions, or whether the growth has spread toward the eye or the skull. Please send a current scan report and a letter from his doctor that answers these questions.]]

[[treatment-unavailable: The record does not explain why the growth cannot be removed in Ethiopia or a nearby country. The Addis Ababa doctor writes only that "better results are expected abroad." Please provide a statement from him, or from a hospital in Kenya, Egypt or South Africa, on whether the operation and the blocking of the
RFE / IOE0116594827 / p. 1
\fRFE / IOE0116594827 / p. 2
blood vessels done before it can be performed there.]]

[[us-treatment-arranged: The record does not contain an agreement by a surgeon in Baltimore to treat Dawit. The email you submitted acknowledges receipt of his file and promises a reply "in four to six weeks." Please submit the surgeon's letter of acceptance, with the planned procedures and the number of days he would remain in the hospital.]]

[[financial-support: The record does not establish how the costs would be met. Your Form I-134 lists earnings of $33,500 as a home health aide, and the file has no cost estimate, no insurance and no sponsor. Please submit the hospital's estimate and proof of the funds or commitments that would cover it, together with the travel and living costs.]]

Your response must be received within 87 days of the date of this notice (84 days plus 3 days for mailing). Send all of the evidence together, and include this notice. If you do not respond, the request may be denied.

Beatrice N. Fairweather
Section Chief, Humanitarian Affairs Branch
""")
