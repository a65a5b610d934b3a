# The ten notices of heldout25. Each ground is marked in place as
# [[category: ...]]; gen/write.py strips the marks, writes src/ and spec/.
# FF is a page break. Each entry: name, kind, date, receipt, respond days
# (or None), furniture, text.
FF = "\f"

STD = ("Parole is granted only case by case, for urgent humanitarian reasons or significant public benefit, "
       "and only as a matter of discretion. The person asking for parole must prove each fact by a preponderance "
       "of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).")

NOTICES = []

# c01 numbered RFE, two pages, ground 4 crosses the break
NOTICES.append(("c01-numbered-rfe-2p", "rfe", "2027-02-11", "IOE0482913576", 87,
  ["RFE - IOE0482913576 - Leaf 1", "RFE - IOE0482913576 - Leaf 2"], """U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

REQUEST FOR EVIDENCE

Date: February 11, 2027
Receipt Number: IOE0482913576
Form: I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Beneficiary: Mateo Ixcoy Tzul
Requestor: Rosa Ixcoy Batz

On November 30, 2026, you asked USCIS to parole your grandson, Mateo Ixcoy Tzul, a four month old boy living in Quetzaltenango, Guatemala, so that he may have the second stage of surgery for hypoplastic left heart syndrome at a children's heart center in Houston, Texas.

""" + STD + """ We have looked at everything filed with the request, and several points must be answered before a decision can be made. They are listed below.

1. [[medical-urgency: The cardiology note from Dr. Ana Lucía Sic dated October 2, 2026 says Mateo's oxygen levels are "acceptable for now" after the first stage. No later report gives his current oxygen readings, weight or the date by which the second stage should be done. Send a current report from his cardiologist with those facts.]]
2. [[treatment-unavailable: You write that no hospital in Guatemala can perform the operation, but the file holds no letter from the pediatric cardiac unit in Guatemala City, where the first stage appears to have been done, saying why the second stage cannot follow there. Explain who performed the first stage and why the same team cannot go on.]]
3. [[us-treatment-arranged: The Houston letter comes from an intake coordinator and says the center is "happy to review records." It does not name a surgeon who has read Mateo's scans or accepted him for surgery, and it gives no date. Provide a signed acceptance from the operating surgeon naming the planned procedure.]]
4. [[financial-support: Your Form I-134 lists a monthly income of $2,150 from cleaning work and no savings. The center's estimate of $310,000 for surgery and about five weeks in hospital is not matched by any insurance, charity commitment or other source. Submit
RFE - IOE0482913576 - Leaf 1
""" + FF + """RFE - IOE0482913576 - Leaf 2
proof of the means to meet the cost of the operation, the flight and the family's lodging, such as a written waiver from the hospital or a signed pledge from a sponsor with bank statements.]]
5. [[support-plan: Mateo cannot travel or stay alone. The file does not say which parent would come with him, where they would sleep during the hospital stay and the weeks of checkups that follow, or how they would reach the center each day. Describe the arrangement and give the address.]]

Please send the evidence requested above in one package with a copy of this notice on top. Your response must be received within 87 days of the date of this notice (84 days plus 3 days for mailing). If we do not receive a response, we will decide the request on the record as it stands.

Sincerely,
K. Ambrose
Officer, Humanitarian Affairs Branch
"""))

# c02 lettered NOID
NOTICES.append(("c02-lettered-noid", "noid", "2027-03-22", "IOE0619045382", 33, [], """U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

NOTICE OF INTENT TO DENY

March 22, 2027
Receipt Number: IOE0619045382
Beneficiary: Zainab Qureshi
Petitioner: Imran Qureshi

You filed Form I-131 on behalf of your daughter, Zainab Qureshi, age 5, a resident of Multan, Pakistan, asking that she be paroled to have a choledochal cyst removed and her bile duct rebuilt at a hospital in Cleveland, Ohio.

""" + STD + """ We reviewed your cover letter, the ultrasound and scan reports from Multan, a letter from a surgeon in Cleveland, your Form I-134 and your tax return for 2025. Based on this record, USCIS intends to deny the request; its grounds follow as (a) to (d).

(a) [[treatment-unavailable: The scan report shows a type I cyst, which the Multan surgeon describes as "the common form." Large teaching hospitals in Lahore and Karachi perform this operation on children, and neither your letter nor the doctor's note explains why Zainab could not have the operation in either city.]]
(b) [[us-treatment-arranged: The Cleveland surgeon writes that she "would consider" operating after seeing new imaging. She has not accepted Zainab as a patient, and no admission date or plan of care has been given.]]
(c) [[financial-support: Your tax return shows wages of $38,400 for a household of five. You have offered no estimate from the hospital, no proof of insurance and no pledge from anyone else to cover the operation and the stay.]]
(d) [[temporary-stay: You and your wife both live in Ohio, and your letter says Zainab's grandmother in Multan "can no longer care for her." Nothing shows where Zainab would live after treatment or that she would go back to Pakistan when parole ends.]]

You may submit a written rebuttal and any further evidence within 33 days of the date of this notice (30 days plus 3 days for mailing). If you do not respond, the request will be denied.

R. Okafor
Supervisory Officer
"""))

# c03 bulleted denial
NOTICES.append(("c03-bulleted-denial", "denial", "2027-04-09", "IOE0735160924", None, [], """U.S. Citizenship and Immigration Services

DECISION

Date: April 9, 2027
Receipt Number: IOE0735160924
Beneficiary: Rafiqul Hasan Mollah
Requestor: Shirin Mollah

Your request for parole on behalf of Rafiqul Hasan Mollah, a 31 year old man from Sylhet, Bangladesh, who has syringomyelia with weakness in both hands, is denied.

""" + STD + """

The record includes:
- a neurologist's letter from Sylhet dated December 14, 2026;
- a spine scan report dated November 2026;
- an email from a neurosurgery clinic in Phoenix, Arizona;
- Form I-134 signed by you, with two pay stubs.

We deny the request for these reasons:
\u2022 [[treatment-unavailable: The Sylhet neurologist advises surgery to drain the cavity in the spinal cord, a procedure done at government and private hospitals in Dhaka. The record does not say that a Dhaka surgeon was asked or that any hospital there declined him.]]
\u2022 [[us-treatment-arranged: The Phoenix clinic's email only acknowledges that records were received and states that a nurse will reply. No neurosurgeon has examined the scans or offered to operate.]]
\u2022 [[financial-support: The two pay stubs show earnings of about $1,700 every two weeks. No estimate of cost has been filed and there is no source of funds for surgery, hospital care or months of therapy afterward.]]

There is no appeal from this decision, and a motion to reopen or reconsider may not be filed. You may file a new Form I-131 with fee and new evidence at any time.

M. Delacroix
Officer
"""))

# c04 headed-sections denial, two pages
NOTICES.append(("c04-headed-denial-2p", "denial", "2027-05-17", "IOE0850273641", None,
  ["Page 1 of 2", "Ahmed Kareem Al Jubouri / IOE0850273641", "Page 2 of 2"], """U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

DECISION: HUMANITARIAN PAROLE REQUEST

Date: May 17, 2027
Receipt Number: IOE0850273641
Beneficiary: Ahmed Kareem Al Jubouri
Petitioner: Noor Al Jubouri

USCIS has decided your request to parole your father, Ahmed Kareem Al Jubouri, age 58, of Basra, Iraq, for surgery on a cholesteatoma of the left ear that has worn into the bone behind it. The request is denied.

Governing Standard

""" + STD + """

Evidence Considered

Your statement; an ear, nose and throat report from Basra dated January 8, 2027; a scan of the temporal bone; a message from an ear surgery practice in Los Angeles, California; Form I-134 and bank letters.

Seriousness of the Condition

[[medical-urgency: The Basra report describes a long history of ear drainage and hearing loss, and advises an operation "in the coming months." It does not record any sign that the disease has reached the brain coverings or the facial nerve, and nothing since January shows that the condition has worsened.]]

Care in Iraq

[[treatment-unavailable: Ear surgery of this kind is performed at hospitals in Baghdad and Erbil. The Basra doctor does not say that these hospitals lack the needed skill or equipment, and you give no reason why your father could not be treated there.]]

Care in the United States

[[us-treatment-arranged: The Los Angeles practice sent a general message that it treats "complex ear disease" and invited you to book a video visit. No surgeon who has examined your father's scan has written to USCIS, and no operation, date or length of stay is proposed. Without this, USCIS cannot find that anyone in the United States is ready to
Page 1 of 2
""" + FF + """Ahmed Kareem Al Jubouri / IOE0850273641
treat him.]]

Payment

[[financial-support: Your bank letters show a balance of $9,800. The cost of surgery, a hospital stay and follow up visits is not stated, and you have not shown that the balance, with your income, would meet it.]]

Conclusion

For the reasons above, you have not shown that parole is warranted. This decision cannot be appealed to the Administrative Appeals Office. You may file a new Form I-131 with the required fee if you have new evidence.

J. Whitfield
Officer
Page 2 of 2
"""))

# c05 run-on NOID
NOTICES.append(("c05-runon-noid", "noid", "2027-06-03", "IOE0927384150", 30, [], """U.S. Citizenship and Immigration Services

NOTICE OF INTENT TO DENY

June 3, 2027
Receipt Number: IOE0927384150
Beneficiary: Senait Tesfamariam
Requestor: Yonas Tesfamariam

You asked USCIS to parole your sister, Senait Tesfamariam, age 12, who lives in Asmara, Eritrea, and has posterior urethral valves with damage to both kidneys, so that she may be seen by a children's kidney team in Minneapolis, Minnesota.

""" + STD + """ The file contains your letter, two laboratory reports from Asmara, a kidney ultrasound report and an email from a clinic in Minneapolis.

USCIS intends to deny the request. [[medical-urgency: The laboratory reports dated February and March 2027 show kidney function that is reduced but unchanged between the two tests, and no physician has written that Senait needs any procedure soon or that her kidneys are failing.]] [[us-treatment-arranged: Moreover, the Minneapolis email asks the family to "forward medical records" and names no doctor, treatment or date.]]

[[treatment-unavailable: You state that dialysis is not offered to children in Eritrea, but no doctor says that dialysis is now needed, and you have not shown whether the care Senait does need could be given in Khartoum, Cairo or Nairobi.]] [[financial-support: Further, the file lacks a Form I-134, and there is nothing in the file about who would pay for care in Minneapolis or for the journey.]]

Any response must be received within 30 days of the date of this notice. Send it to the address above with a copy of this notice. If no response is received, USCIS will decide the request on the present record.

L. Brandt
Officer
"""))

# c06 denial quoting the earlier RFE
NOTICES.append(("c06-quoting-rfe-denial", "denial", "2027-07-26", "IOE0164829375", None, [], """U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

DECISION

Date: July 26, 2027
Receipt Number: IOE0164829375
Beneficiary: Rima Haddad
Petitioner: Elias Haddad

You asked that your mother, Rima Haddad, age 71, of Tripoli, Lebanon, be paroled for treatment of primary hyperoxaluria that has led to kidney failure. The request is denied.

""" + STD + """

On April 5, 2027, USCIS issued a request for evidence to you. It asked, in part, for:
"A letter from a transplant center in the United States that has evaluated Mrs. Haddad and accepted her for a combined liver and kidney transplant."
"Evidence that this treatment cannot be obtained in Lebanon or a nearby country."
"Proof of the means to pay for the transplant, the hospital stay and her living costs."

We received your response on June 28, 2027. It contained a letter from you, a letter from her nephrologist in Tripoli, an email from a transplant program in Pittsburgh, Pennsylvania, and a bank statement.

The response has been considered in full, but the concerns set out in the request were not overcome.

[[us-treatment-arranged: The Pittsburgh email states that the program "will evaluate Mrs. Haddad once she arrives" and that her age "will be a significant factor." An offer to evaluate is not an acceptance, and the program has made no decision to list her for a transplant.]]

[[treatment-unavailable: The Tripoli nephrologist confirms that Mrs. Haddad receives dialysis three times a week and that her condition is controlled on it. The letter does not say that combined transplants are unavailable in Beirut, and no center in the region was asked.]]

[[financial-support: The bank statement reflects $21,300 on deposit. The program's own email notes that costs "may exceed $700,000," and no insurer, charity or other sponsor has promised payment.]]

Because the response did not resolve these concerns, the request is denied. This decision may not be appealed, but you may file a new Form I-131 with fee.

T. Nakamura
Officer
"""))

# c07 RFE with running header on each page, two pages, ground 3 crosses
NOTICES.append(("c07-headers-rfe-2p", "rfe", "2027-08-30", "IOE0573916284", 87,
  ["USCIS Humanitarian Parole | Receipt IOE0573916284", "1 of 2", "2 of 2"], """USCIS Humanitarian Parole | Receipt IOE0573916284
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

REQUEST FOR EVIDENCE

Date: August 30, 2027
Receipt Number: IOE0573916284
Form I-131
Beneficiary: Jericho Dela Cruz Manalo
Petitioner: Maricel Manalo

You filed a request for parole for your son, Jericho Dela Cruz Manalo, age 9, of Iloilo City, the Philippines, so that he may be treated for osteopetrosis with failing bone marrow by a blood and marrow transplant team in Seattle, Washington.

""" + STD + """ The file contains your letter, blood counts from Iloilo City, a genetic test report, a letter from a hematologist in Manila and an email from Seattle.

The evidence now in the file is not enough to decide the request. Please answer the following points.

[[medical-urgency: The blood counts are from March 2027. The Manila hematologist says Jericho "will need a transplant," but does not say how soon, whether he is receiving transfusions, or how his vision and hearing have changed. Evidence may include a current report from the hematologist with recent blood counts and the timing she advises.]]

[[treatment-unavailable: Marrow transplants for children are performed in Manila, and the hematologist who wrote for you practices there. Her letter does not say why Jericho could not receive the transplant at her hospital. Evidence may include a statement by that hospital's transplant unit on whether it can treat him.]]

[[us-treatment-arranged: The Seattle email is from a patient liaison and offers a "records review for a fee." Nothing in it shows that a transplant physician has looked at Jericho's case, that a donor search has been started, or that he has been accepted. Evidence may include word from the transplant doctor who would care for him, confirming a
USCIS Humanitarian Parole | Receipt IOE0573916284
1 of 2
""" + FF + """USCIS Humanitarian Parole | Receipt IOE0573916284
review of the records and giving the planned treatment, when care would begin and how long Jericho must remain near the center.]]

[[support-plan: A marrow transplant usually requires the patient to stay close to the center for months. Your letter says you share a room in Tacoma with a coworker. Nothing shows where Jericho and an adult would live, who would look after him, or how he would get to the center for daily visits. Evidence may include a lease, a letter from a host family or a charity housing program, and a description of who will care for him.]]

Your response must be received within 87 days of the date of this notice (84 days plus 3 days for mailing). Send all documents together with this notice on top.

C. Ferreira
Officer, Humanitarian Affairs Branch
USCIS Humanitarian Parole | Receipt IOE0573916284
2 of 2
"""))

# n08 NOID with short headings ending in a colon, discussion on the same line
NOTICES.append(("n08-colon-run-in-noid", "noid", "2027-09-20", "IOE0281647395", 33, [], """U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

NOTICE OF INTENT TO DENY

Date: September 20, 2027
Receipt Number: IOE0281647395
Beneficiary: Farida Ahmadzai
Petitioner: Khalid Ahmadzai

You asked USCIS to parole your wife, Farida Ahmadzai, age 34, who now lives in Peshawar after leaving Kabul, Afghanistan, so that a thickened and obstructed heart muscle may be treated at a heart center in Rochester, Minnesota.

""" + STD + """ USCIS has reviewed your declaration, an echocardiogram report from Peshawar, a cardiologist's letter from Kabul written in 2025, a letter from a cardiologist in Rochester and your Form I-134.

USCIS intends to deny the request. Each concern is given below under a short heading.

Urgency: [[medical-urgency: The only physician's opinion on Farida's current state is the Kabul letter written two years ago. The Peshawar echocardiogram reports a blockage of blood flow out of the heart but contains no doctor's opinion about whether surgery is needed now or what would follow from waiting.]]
Care in the region: [[treatment-unavailable: Heart muscle surgery and treatment with alcohol injection are available in Islamabad and Karachi, close to where Farida now lives. You have not said that a Pakistani center was approached or that she would be refused care there.]]
Travel: [[travel-feasibility: The echocardiogram notes fainting during exertion. No doctor has said that Farida can safely take the long flights to Minnesota or what precautions the trip would need.]]
Identity and travel documents: [[documentation: The file holds a copy of Farida's national identity card in Dari with no English translation, and no copy of a passport. Foreign language documents must be filed with a full English translation and a translator's certificate.]]

You may respond with a written rebuttal and more evidence within 33 days of the date of this notice (30 days plus 3 days for mailing). If no response is received, USCIS will deny the request.

P. Lindqvist
Officer
"""))

# n09 denial with Background, Analysis (unlabeled paragraphs), Order; two pages
NOTICES.append(("n09-background-analysis-order-denial-2p", "denial", "2027-10-12", "IOE0396572814", None,
  ["Decision IOE0396572814 - page 1", "Decision IOE0396572814 - page 2"], """U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

DECISION

Date: October 12, 2027
Receipt Number: IOE0396572814
Beneficiary: Khin Myat Noe
Petitioner: Aung Kyaw Min

BACKGROUND

On June 1, 2027, you filed Form I-131 asking that your niece, Khin Myat Noe, age 16, of Mandalay, Myanmar, be paroled for treatment of Castleman disease affecting many lymph node groups, with fevers and weight loss. With the request came a hematologist's letter from Yangon, scan reports, a letter from a cancer center in Baltimore, Maryland, and your Form I-134. USCIS did not send a request for evidence.

ANALYSIS

""" + STD + """

[[treatment-unavailable: The Yangon hematologist states that Khin has been given steroids and that a medicine targeting the disease is "difficult to obtain." Difficulty is not the same as unavailability. Nor does the letter state that the medicine cannot be imported or that it is not given in Bangkok or Singapore, where many patients from Myanmar seek treatment.]]

[[us-treatment-arranged: The Baltimore letter thanks you for your inquiry and lists the center's services. No doctor there has reviewed Khin's records, and the letter names no treatment, schedule or expected length of care.]]

[[financial-support: Your Form I-134 lists $46,000 in yearly earnings from a restaurant you own, which also supports your wife and three children. The medicine alone is given by infusion every three weeks for as long as it works, and you have not estimated what treatment would cost in the United States or shown how you would pay for it over that time.]]

[[temporary-stay: Khin's parents have died and her grandmother, who is 80, cares for her in Mandalay. Your letter says you hope to "give her a
Decision IOE0396572814 - page 1
""" + FF + """Decision IOE0396572814 - page 2
future here." Treatment for this disease may go on for years, and nothing filed suggests that Khin would leave the United States when parole ends or who would care for her in Myanmar if she returned.]]

ORDER

The request for parole is denied. No appeal lies from this decision to the Administrative Appeals Office. A new request may be filed on Form I-131 with the required fee.

D. Osei
Officer, Humanitarian Affairs Branch
"""))

# n10 RFE quoting the applicant's cover letter in block quotes, then what is lacking; two pages
NOTICES.append(("n10-block-quote-rfe-2p", "rfe", "2027-11-29", "IOE0708135926", 87,
  ["Request for Evidence - Page 1", "Request for Evidence - Page 2"], """U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

REQUEST FOR EVIDENCE

Date: November 29, 2027
Receipt Number: IOE0708135926
Form I-131
Beneficiary: Valentina Urdaneta Paz
Requestor: Gustavo Urdaneta

You asked USCIS to parole your daughter, Valentina Urdaneta Paz, age 3, of Maracaibo, Venezuela, who was born with arthrogryposis and stiff, bent joints in both legs, so that she may have surgery on her feet and knees at a children's orthopedic hospital in Philadelphia, Pennsylvania.

""" + STD + """

Your cover letter makes several statements. Each is quoted below, followed by what the record lacks in support of it.

     "Valentina is losing her chance to walk with every month that passes."
[[medical-urgency: No treating doctor has said this. The only medical letter, from an orthopedist in Maracaibo dated May 2027, describes her condition but gives no opinion on when surgery should be done or what is lost by waiting. Please provide an up to date opinion on the timing from a doctor who treats her.]]

     "No one in Venezuela can do these operations."
[[treatment-unavailable: The Maracaibo orthopedist says that he has treated her with casts and braces and refers to "limited resources," but does not say the surgery cannot be done in Caracas, Bogotá or another nearby city. Please explain what centers were asked and what they answered.]]

     "The hospital in Philadelphia has agreed to help us."
[[us-treatment-arranged: The letter from Philadelphia is a form reply that confirms receipt of an application for the hospital's international
Request for Evidence - Page 1
""" + FF + """Request for Evidence - Page 2
patient program. There is no sign that any surgeon has accepted Valentina or set out the planned operations. Please have the surgeon who would operate write to confirm acceptance and the plan.]]

     "Our family will take care of all the costs."
[[financial-support: The record holds no Form I-134, no estimate of cost, no bank records and no statement from any relative naming what he or she will pay. Please file a Form I-134 for every person who has promised money, with proof of income and assets, and the hospital's estimate.]]

     "We have relatives near Philadelphia who will look after us."
[[support-plan: Your letter leaves open who would travel with Valentina, where the family would stay during the months of casting and therapy after surgery, or how food and transport would be paid for. Please describe these arrangements.]]

Your response must be received within 87 days of the date of this notice (84 days plus 3 days for mailing). Return a copy of this notice with your response.

E. Moreau
Officer
"""))
