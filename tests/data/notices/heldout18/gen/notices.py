# The ten notices of heldout18. Each ground is marked in place as
# [[category: ... ]]; gen/write.py strips the marks into src/ and writes spec/.
FF = "\f"
NOTICES = []
def add(name, kind, date, receipt, respond_by, furniture, text):
    NOTICES.append(dict(name=name, kind=kind, date=date, receipt=receipt,
                        respond_by=respond_by, furniture=furniture, text=text.lstrip("\n")))

# c01: numbered RFE, two pages, ground 3 crosses the break mid-sentence.
add("c01-numbered-rfe-2p", "rfe", "2027-02-08", "IOE0872290514", 87,
    ["IOE0872290514 - RFE - Page 1 of 2", "IOE0872290514 - RFE - Page 2 of 2"], """
U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
5900 Capital Gateway Drive
Camp Springs, MD 20746

REQUEST FOR EVIDENCE

February 8, 2027

Receipt Number: IOE0872290514
Form: I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Beneficiary: Teuea Kaitu
Petitioner: Rosalind Kaitu Moreau

Dear Ms. Moreau:

You filed a request for humanitarian parole on behalf of your niece, Teuea Kaitu, a thirteen year old girl living in South Tarawa, Kiribati, so that she may have surgery on a heart valve scarred by rheumatic fever at a children's heart center in Honolulu.

Parole under INA 212(d)(5)(A) is granted only case by case, for urgent humanitarian reasons or significant public benefit, and only where the beneficiary also merits a favorable exercise of discretion. You must establish eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

The evidence received so far does not establish eligibility. Please submit the following:

1. [[medical-urgency: The echocardiogram report from Tungaru Central Hospital is dated March 2026 and describes moderate narrowing of the mitral valve. Nothing more recent is in the file, and the referring pediatrician, Dr. Bwebwe Tekanene, does not say how Teuea's breathing and exercise tolerance have changed since then or what he expects to happen if surgery is put off for another year. Provide a current echocardiogram and a dated statement from Dr. Tekanene addressing her present condition and the consequences of waiting. ]]

2. [[treatment-unavailable: You state that heart surgery is not done in Kiribati. Teams from Australia and New Zealand visit the Pacific to operate on children with valve disease, and children from Kiribati have been sent to Fiji and to New Zealand for surgery under regional referral schemes. Explain whether Teuea was referred to any of these programs, and if she was, submit the answer received. ]]

3. [[us-treatment-arranged: The email from the Honolulu center's international office says its surgeons "would be glad to consider Teuea once her imaging is reviewed." That is an expression of interest, not an agreement. Submit a letter in which the operating surgeon states that the center has accepted her, whether a repair or a replacement of the valve is planned, how long she would stay in hospital, and how many weeks of
IOE0872290514 - RFE - Page 1 of 2
""" + FF + """IOE0872290514 - RFE - Page 2 of 2
outpatient checks would follow before she could fly home. ]]

4. [[financial-support: The center estimates $148,000 for surgery and the hospital stay. Your household, by your Form I-134, earns $61,200 a year and has $9,400 saved, and the form does not mention airfare from Tarawa or the cost of lodging for Teuea and her mother. Show how the whole cost would be paid; a pledge in writing from a charity, or from the hospital's assistance program, naming the amount it will cover would help. ]]

Your response must be received within 87 days of the date of this notice (84 days plus 3 days for mailing). Send all of the requested evidence at once, with a copy of this notice on top, to the address above. If you do not respond, the request will be decided on the present record.

Sincerely,

Marisol Ventura
Section Chief, Humanitarian Affairs Branch
""")

# c02: lettered NOID, one page.
add("c02-lettered-noid", "noid", "2027-03-15", "IOE0883146702", 33, [], """
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

NOTICE OF INTENT TO DENY

Date: March 15, 2027
Receipt Number: IOE0883146702
Beneficiary: Merdan Orazov
Petitioner: Aylar Orazova

Dear Ms. Orazova:

This notice concerns the Form I-131 you filed for your brother, Merdan Orazov, a 34 year old man in Mary, Turkmenistan, whose kidneys have failed and who has been on dialysis since 2024. You ask that he be paroled so that he can receive a kidney from you at a transplant center in Philadelphia.

The petitioner bears the burden of showing that parole is warranted for urgent humanitarian reasons or significant public benefit and that it should be granted as a matter of discretion. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

We reviewed the Form I-131, the Form I-134, a letter from the nephrologist in Mary, dialysis records, and an email from the Philadelphia center. Based on that record, USCIS intends to deny the request for these reasons:

(a) [[treatment-unavailable: Kidney transplants from living relatives are performed at the national medical center in Ashgabat, and in Turkey and Iran, which many patients from Turkmenistan use. The nephrologist's letter says only that "the waiting time is long" and does not say whether Mr. Orazov was assessed in Ashgabat or abroad or why those centers cannot help him. ]]

(b) [[us-treatment-arranged: The Philadelphia center has not assessed you as a donor. Its email says that donor testing "would begin after arrival," so it is uncertain whether the transplant it describes can go ahead at all. ]]

(c) [[security: Government records checked by USCIS indicate that Mr. Orazov was arrested in Istanbul in 2021 in connection with forged travel documents. The request does not mention the arrest or say how the matter was resolved. ]]

(d) [[temporary-stay: Patients who receive a kidney need close checks and daily drugs to prevent rejection for the rest of their lives. You have not named anyone in Turkmenistan who would take over that care or explained how the drugs would be obtained there, and nothing in the file indicates when or how his time here would come to an end. ]]

You may submit evidence in rebuttal within 33 days of the date of this notice (30 days plus 3 days for mailing). If no rebuttal is received by then, USCIS will decide the request on the current record.

Sincerely,

Ilse Brandvold
Adjudications Officer
""")

# c03: bulleted denial, one page.
add("c03-bulleted-denial", "denial", "2027-04-19", "IOE0895517230", None, [], """
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

DECISION

April 19, 2027

Receipt Number: IOE0895517230
Beneficiary: Jovana Radulovic
Petitioner: Dragan Radulovic

Dear Mr. Radulovic:

Your Form I-131 asking that your daughter Jovana, age six, of Niksic, Montenegro, be paroled into the United States so that a children's orthopedic hospital in Philadelphia can correct her dislocated left hip has been carefully considered. The request is denied.

Parole is discretionary and is available only for urgent humanitarian reasons or significant public benefit. The person asking for it must prove each element by a preponderance of the evidence.

The file contains:
- Form I-131 and Form I-134;
- a letter from Dr. Milena Vukovic, orthopedic surgeon in Podgorica;
- hip X-rays taken in November 2026;
- a letter from the Philadelphia hospital; and
- a bank statement in your name.

USCIS denies the request for the following reasons:

• [[treatment-unavailable: Dr. Vukovic writes that Jovana needs a reshaping of the pelvis and thigh bone. Surgery of that kind is done for children at university hospitals in Belgrade and Zagreb, a few hours from Niksic, yet nothing in the file indicates that either was asked to see her. ]]
• [[medical-urgency: The X-rays show that the hip has been out of place since infancy. Dr. Vukovic recommends surgery "in the coming years" and does not say that any harm would follow from a wait of months rather than weeks, so the record does not show an urgent need. ]]
• [[financial-support: The Philadelphia hospital quotes $96,500. The only evidence of means is a single bank statement showing a balance of 14,200 euros, and the Form I-134 is signed by you although you live in Montenegro and not in the United States. ]]
• [[documentation: The letter from Dr. Vukovic and the X-ray report are in Montenegrin and came with an English version whose translator did not certify it as complete and accurate or state his competence to translate. See 8 CFR 103.2(b)(3). ]]

This decision cannot be appealed to the Administrative Appeals Office. You may file a new Form I-131 with new evidence and the filing fee in effect at that time.

Sincerely,

Tomas Echeverri
Supervisory Officer
""")

# c04: headed denial, two pages, the Sponsor ground crosses the break between sentences.
add("c04-headed-denial-2p", "denial", "2027-05-24", "IOE0904378815", None,
    ["Page 1 of 2", "Decision - IOE0904378815 - Wilhelmina Pinas", "Page 2 of 2"], """
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

DECISION ON APPLICATION FOR PAROLE

Date: May 24, 2027
Receipt Number: IOE0904378815
Beneficiary: Wilhelmina Pinas
Petitioner: Roy Pinas

Dear Mr. Pinas:

You asked that your mother, Wilhelmina Pinas, age 68, of Paramaribo, Suriname, be paroled into the United States to have her narrowed aortic valve replaced through a catheter at a heart institute in Miami. After review of the whole record, the application is denied.

Legal Framework

The Secretary may parole a noncitizen into the United States temporarily, case by case, for urgent humanitarian reasons or significant public benefit. INA 212(d)(5)(A). The petitioner must show both eligibility and that parole is warranted as a matter of discretion.

Evidence of Record

You submitted Form I-134, Form I-131, a letter from Dr. Ramon Djokarto, cardiologist at the academic hospital in Paramaribo, an echocardiogram from January 2027, a cost estimate from the Miami institute, and your tax return for 2025.

Medical Need

[[medical-urgency: The January echocardiogram reports that the valve is severely narrowed, but Dr. Djokarto's letter gives no account of Mrs. Pinas's symptoms, her other illnesses, or the risk she faces while waiting. Without that, USCIS cannot judge how quickly she needs the procedure. ]]

Availability of Care in the Region

[[treatment-unavailable: Catheter valve replacement is offered in Trinidad and Tobago and in Colombia, and open valve surgery is performed in Paramaribo. The letter does not explain why open surgery is unsuitable for her or why she has not been referred to a center in the region. ]]

Sponsor's Means

[[financial-support: The Miami institute estimates $187,000 for the procedure and five days in hospital. You reported adjusted gross income of $72,300 on your 2025 return, and you support a household of four.
Page 1 of 2
""" + FF + """Decision - IOE0904378815 - Wilhelmina Pinas
You did not submit bank records, a commitment from the institute's charity care office, or any other source of funds, so USCIS cannot find that the cost would be met. ]]

Travel and Escort

[[travel-feasibility: Mrs. Pinas would fly about five hours to Miami with a valve narrowed enough to cause fainting in some patients. No physician has said that she can make the flight, and the application does not state whether a nurse or doctor would travel with her. ]]

Conclusion

For these reasons, the request for parole is denied. There is no appeal from this decision to the Administrative Appeals Office. You may submit a new Form I-131, with the required fee and evidence addressing the concerns above.

Sincerely,

Dana Whitcombe
Director, Humanitarian Affairs Branch
Page 2 of 2
""")

# c05: run-on NOID, one page, two grounds in each of two paragraphs.
add("c05-runon-noid", "noid", "2027-06-14", "IOE0916025437", 30, [], """
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

NOTICE OF INTENT TO DENY

June 14, 2027
Receipt Number: IOE0916025437
Beneficiary: Kila Waigani
Petitioner: Grace Waigani Holt

Dear Mrs. Holt:

USCIS has reviewed the Form I-131 you filed on behalf of your nephew, Kila Waigani, age twelve, of Lae, Papua New Guinea, who has tuberculosis of the spine that has bent his back and weakened his legs. You seek his parole so that a spine surgeon in San Diego can straighten and stabilize his spine.

Parole may be authorized for urgent humanitarian reasons or significant public benefit, and the petitioner must prove eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

The record holds the I-131, a Form I-134, a letter from Dr. Philomena Kauba of Angau Memorial Hospital, two spine X-rays, and a note from the San Diego surgeon's office.

USCIS intends to deny the request. [[medical-urgency: Dr. Kauba states that Kila began drug treatment for tuberculosis in February 2027 but does not say whether the infection is responding, whether his leg weakness is getting worse, or whether surgeons usually wait for several months of drug treatment before operating on such a spine. ]] [[treatment-unavailable: Further, spinal surgery is performed at the national referral hospital in Port Moresby and, for children, in Brisbane and Cairns under an Australian program, and the letter gives no reason for not approaching either. ]]

[[us-treatment-arranged: The note from San Diego says that the surgeon "is happy to review the case" and gives no date, no plan and no length of stay, which falls short of showing that Kila has been accepted for treatment. ]] [[support-plan: Additionally, he would need weeks of rehabilitation after surgery, yet you live in Sacramento, more than eight hours' drive from San Diego, and the request is silent on where he and his father would stay, how they would travel to therapy, or who would share in his care. ]]

You may respond within 30 days of the date of this notice. If you do not respond, USCIS will decide the case on the evidence now in the record.

Sincerely,

Gerald Okonkwo-Reyes
Adjudications Officer
""")

# c06: three page RFE, repeated header and footers, grounds across both breaks.
H6 = "Request for Evidence | Ezekiel Maelasi | IOE0927761908"
add("c06-pagebreak-rfe-3p", "rfe", "2027-07-12", "IOE0927761908", "2027-10-04",
    [H6, "Page 1 of 3", "Page 2 of 3", "Page 3 of 3"], H6 + """
U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

REQUEST FOR EVIDENCE

Date of Notice: July 12, 2027
Receipt Number: IOE0927761908
Form I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Beneficiary: Ezekiel Maelasi
Petitioner: Lydia Maelasi Crane

Dear Ms. Crane:

We have received the request for humanitarian parole you filed for your father, Ezekiel Maelasi, age 48, of Auki, Solomon Islands. The request says that he has cancer at the back of the nose and throat (nasopharyngeal carcinoma) and asks that he be paroled for chemotherapy and radiation at a cancer center in Seattle.

Humanitarian parole is an extraordinary measure. It may be granted only case by case, for urgent humanitarian reasons or significant public benefit, and only as a matter of discretion. You carry the burden of establishing, by a preponderance of the evidence, that your father qualifies.

The file now contains: Form I-131; Form I-134 signed by you; a letter from Dr. Walter Houkarawa of the National Referral Hospital in Honiara; a biopsy report dated April 2027; a one page treatment summary from the Seattle center; and a letter from your employer confirming your salary.

Before a decision can be made, more evidence is needed on the matters set out below. Each is followed by the evidence that may address it.

[[medical-urgency: The biopsy confirms the cancer, but no scan showing how far it has spread was submitted, and Dr. Houkarawa gives no stage for the disease and does not say how long treatment can safely be delayed. Submit the staging scans and a statement from Dr. Houkarawa on the stage, the expected course without treatment, and the time within which treatment should begin. ]]

[[treatment-unavailable: The Solomon Islands have no radiation machine, but patients from Honiara are referred to Papua New Guinea, Fiji and Australia for radiation under arrangements with those countries' hospitals. Explain whether your father was considered for such a referral, and if so, submit the decision; if he was not, explain why. ]]

[[us-treatment-arranged: The Seattle summary lists seven weeks of daily radiation with chemotherapy but is unsigned and does not say that the center has accepted him as a patient. The oncologist who would treat him should confirm in a signed letter that he is accepted, when treatment would start, and how long it and the checkups
Page 1 of 3
""" + FF + H6 + """
afterward would last. ]]

[[travel-feasibility: Mr. Maelasi's treatment summary notes that he has lost eleven kilograms and has trouble swallowing. The journey from Honiara to Seattle takes more than twenty four hours with two connections. Submit the opinion of a doctor who has seen him in person on whether he is able to make that journey, and describe any arrangements for a companion or medical help on the way. ]]

[[financial-support: Chemotherapy and seven weeks of radiation are estimated by the Seattle center at $212,000. Your employer's letter shows a salary of $83,000 a year, and the file names no other way to pay. Submit evidence of how the treatment, travel and living costs would be met, such as bank records, a commitment from the center's financial assistance office, or pledges from other sponsors with proof of their
Page 2 of 3
""" + FF + H6 + """
means. ]]

[[support-plan: You live in Tacoma and state that your father would stay with you. Treatment would require daily trips to Seattle for seven weeks, and you work full time. Explain who would take him to treatment, who would care for him when side effects are severe, and how his meals would be managed while he cannot swallow solid food. ]]

Your response must be received by October 4, 2027. This date will not be extended. Send your response, with this notice on top, to the address shown on the cover sheet. If you do not respond, the request will be decided on the current record.

Sincerely,

Patricia Lindqvist
Adjudications Officer, Humanitarian Affairs Branch
Page 3 of 3
""")

# c07: denial quoting the earlier RFE's requests, then its own findings.
add("c07-quoting-rfe-denial", "denial", "2027-08-23", "IOE0938854016", None, [], """
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

DECISION

Date: August 23, 2027
Receipt Number: IOE0938854016
Beneficiary: Prince Ngaikoua
Petitioner: Celestine Ngaikoua Barry

Dear Ms. Barry:

You asked USCIS to parole your son, Prince Ngaikoua, age ten, of Bangui, Central African Republic, so that he could receive a bone marrow transplant for sickle cell disease at a children's hospital in Atlanta. After considering the application and your response to our request for evidence, USCIS has determined that the application is denied.

The petitioner must show by a preponderance of the evidence that parole is justified for urgent humanitarian reasons or significant public benefit and that discretion should be exercised in the beneficiary's favor.

On May 3, 2027, USCIS issued a request for evidence that asked, among other things:

"Submit evidence that a matched donor has been identified and tested, and that the Atlanta hospital has accepted Prince for transplant."

"Explain why Prince cannot be treated with blood transfusions and hydroxyurea in Bangui or in a neighboring country while the transplant is arranged."

"Show how Prince's care would continue after the transplant, including who would monitor him and supply his medicines once he returns home."

Your response, received on July 26, 2027, contained a letter from the Atlanta hospital dated July 9, 2027, a letter from Dr. Aristide Mbaikoua of the pediatric hospital in Bangui, your own statement, and a letter from your church in Atlanta.

The response does not resolve the concerns raised in the RFE.

[[us-treatment-arranged: The Atlanta hospital's letter states that Prince's sister would be "evaluated as a possible donor once the family arrives." No tissue typing has been done for either child, and the hospital has not said that it will perform the transplant. The record therefore still does not establish that a transplant is planned. ]]

[[treatment-unavailable: Dr. Mbaikoua writes that Prince has had two strokes and receives transfusions every month in Bangui, and that hydroxyurea "is sometimes out of stock." Intermittent shortages of a drug do not show that the care Prince now receives is unavailable, and neither the letter nor your statement addresses treatment in Cameroon or elsewhere in the region. ]]

[[temporary-stay: After a transplant of this kind a child must stay near the transplant center for several months and take drugs that suppress the immune system for a year or more. Your statement says that Prince "will be looked after by our family doctor" on his return, but no physician in the Central African Republic has agreed to follow him, and no plan for obtaining the drugs there is described. ]]

Accordingly, the application is denied. There is no appeal of this decision to the Administrative Appeals Office. You may file a new Form I-131 with the appropriate fee and new evidence.

Sincerely,

Ruth Alvarenga
Supervisory Adjudications Officer
""")

# n08: NOID with numbered findings of fact, then conclusions that refer to them; two pages.
add("n08-findings-conclusions-noid-2p", "noid", "2027-09-20", "IOE0941203657", 33,
    ["IOE0941203657 NOID p. 1/2", "IOE0941203657 NOID p. 2/2"], """
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

NOTICE OF INTENT TO DENY

Date: September 20, 2027
Receipt Number: IOE0941203657
Beneficiary: Claudine Niyonzima
Petitioner: Eric Ndayishimiye

Dear Mr. Ndayishimiye:

You filed Form I-131 asking that your sister, Claudine Niyonzima, age 26, of Gitega, Burundi, be paroled into the United States for repair of a fistula between the bladder and the birth canal that followed a prolonged labor in 2025 and two unsuccessful repairs in Burundi. The findings of fact below are drawn from the record; the conclusions that follow explain why, on those facts, USCIS intends to deny the request.

Standard

The petitioner must show, by a preponderance of the evidence, an urgent humanitarian reason or a significant public benefit, and that the beneficiary merits parole as a matter of discretion. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

Findings of Fact

F1. Ms. Niyonzima has leaked urine constantly since her labor in March 2025. Repairs were attempted in Gitega in August 2025 and in Bujumbura in May 2026; neither closed the fistula.

F2. Dr. Pascasie Irakoze, a gynecologist in Bujumbura, writes that a third repair "requires a specialist center."

F3. Fistula centers in Addis Ababa and in Kampala regularly repair fistulas after failed earlier attempts. The record contains no referral to either center.

F4. A urologist at a women's hospital in Baltimore has written that she "would see Ms. Niyonzima" in clinic. The letter does not say whether surgery would follow or when.

F5. According to the Form I-134, you earn $38,900 a year and support three children. No estimate of cost from the Baltimore hospital is in the record.

F6. You live in Columbus, Ohio. The request does not say where Ms. Niyonzima would stay in Baltimore.
IOE0941203657 NOID p. 1/2
""" + FF + """IOE0941203657 NOID p. 2/2
F7. Ms. Niyonzima has no criminal record in Burundi or in any other country.

Conclusions

C1. On findings F1 and F2, the need for further surgery is established. USCIS does not question that Ms. Niyonzima's condition is serious.

C2. [[treatment-unavailable: On findings F2 and F3, it is not shown that the repair is unavailable in the region. Dr. Irakoze's letter calls for a specialist center but does not explain why the centers in Addis Ababa or Kampala, which treat such cases often, are not an option for her. ]]

C3. [[us-treatment-arranged: On finding F4, no surgeon in this country has agreed to operate. Agreeing to a clinic visit does not show that the repair has been planned or that the surgeon has reviewed her records. ]]

C4. [[financial-support: On finding F5, the record says nothing about what surgery, the hospital stay or travel would cost, and your income does not show that you could meet such costs while supporting your own household. ]]

C5. [[support-plan: On findings F5 and F6, the petitioner lives more than four hundred miles from Baltimore and has not identified anyone who would house Ms. Niyonzima, take her to appointments, or help her during recovery from surgery. ]]

C6. On finding F7, no security or public safety concern has been found.

You may submit a rebuttal and further evidence within 33 days of the date of this notice (30 days plus 3 days for mailing). USCIS will then decide the request on the whole record.

Sincerely,

Hollis Amberg
Adjudications Officer
""")

# n09: RFE with a summary table of grounds, then a discussion of each.
add("n09-summary-table-rfe", "rfe", "2027-10-18", "IOE0952678341", 84, [], """
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

REQUEST FOR EVIDENCE

Date: October 18, 2027
Receipt Number: IOE0952678341
Beneficiary: Jacinto Kiala
Petitioner: Filomena Kiala Souza

Dear Ms. Souza:

Your request for parole for your grandson, Jacinto Kiala, age three, of Luanda, Angola, who lost his hearing in both ears after meningitis in 2026, asks that he be paroled so that a children's hospital in Boston can place cochlear implants. Parole is available for urgent humanitarian reasons or significant public benefit, case by case and in the exercise of discretion, and you must show eligibility by a preponderance of the evidence.

The table below summarizes where the request stands. A discussion of each point follows.

Point | Shown? | What is missing
Medical need | Yes | Nothing at this time
Care in Angola or the region | No | Referral history and an explanation
Acceptance by the Boston hospital | No | A signed acceptance and plan
Payment of costs | No | Proof of funds for the full cost
Return and aftercare | No | A plan for programming and therapy at home

Discussion

Medical need. The audiology report from Luanda and the letter from Dr. Adelino Cassoma explain that hearing lost after meningitis can be restored by implants only while the inner ear remains open, and that bone may close it within months. This point is established.

Care in Angola or the region. [[treatment-unavailable: Cochlear implants are placed at private hospitals in Johannesburg and Cape Town and, by visiting teams, in Luanda itself. The request says the family "looked into" South Africa but does not say what answer it received. Submit any referral or reply, or explain why no referral was sought. ]]

Acceptance by the Boston hospital. [[us-treatment-arranged: The file contains a form letter acknowledging receipt of Jacinto's records. Submit a letter signed by the operating surgeon confirming that he has been accepted, whether both ears would be implanted in one operation, and the dates planned. ]]

Payment of costs. [[financial-support: The hospital's estimate of $124,000 covers the devices and surgery but not the months of programming sessions that follow. The Form I-134 shows savings of $18,500. Submit evidence of funds or commitments that cover the full estimate, the sessions after surgery, and travel. ]]

Return and aftercare. [[temporary-stay: An implanted child needs the device adjusted many times in the first year and years of speech therapy. Explain who in Angola would adjust the implants and provide therapy after Jacinto returns, and when the family expects to leave the United States. ]]

Submit your response within 84 days of the date of this notice. All evidence should be sent together with a copy of this notice. If you do not respond, a decision will be made on the existing record.

Sincerely,

Benedikt Sorensen
Adjudications Officer
""")

# n10: denial that goes through the response's exhibits one by one under each RFE ground; two pages.
add("n10-exhibit-review-denial-2p", "denial", "2027-11-22", "IOE0967315029", None,
    ["IOE0967315029 | Decision | Page 1", "IOE0967315029 | Decision | Page 2"], """
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

DECISION

November 22, 2027
Receipt Number: IOE0967315029
Beneficiary: Ivone Tavares Lopes
Petitioner: Manuel Tavares

Dear Mr. Tavares:

You asked that your sister, Ivone Tavares Lopes, age 38, of Praia, Cape Verde, be paroled into the United States to receive a liver transplant in Boston for cirrhosis caused by autoimmune hepatitis. On August 9, 2027, USCIS asked for more evidence on three points. Your response, received on October 28, 2027, included Exhibits A through F. Each point is taken up below with the exhibits offered for it. The application is denied.

The petitioner must prove eligibility by a preponderance of the evidence, and parole remains a matter of discretion even when eligibility is shown.

Point 1: Availability of a transplant in Cape Verde or nearby

Exhibit A, a letter from Dr. Helena Fortes of the central hospital in Praia, states that no liver transplants are performed in Cape Verde. USCIS accepts this.

Exhibit B, a list of transplant centers in Portugal, contains no information about Ms. Lopes.

[[treatment-unavailable: Cape Verde has an agreement with Portugal under which patients are sent to Lisbon for care not available at home, and liver transplants are performed in Lisbon and Coimbra. Neither Exhibit A nor Exhibit B says whether Ms. Lopes was referred under that agreement or why it is not open to her, so this point is not overcome. ]]

Point 2: Acceptance by a United States transplant center

Exhibit C is a letter from the Boston transplant center dated September 30, 2027.

[[us-treatment-arranged: The letter states that Ms. Lopes would be "evaluated for listing" after arrival. A patient is placed on the waiting list only after evaluation, and an organ may not become available for months or years. The letter does not show that she has been accepted for a transplant or give any time frame, so this point is not overcome. ]]
IOE0967315029 | Decision | Page 1
""" + FF + """IOE0967315029 | Decision | Page 2
Point 3: Payment of the cost of evaluation, transplant and aftercare

Exhibit D is a new Form I-134 signed by your cousin, Joana Semedo, with her tax return for 2026. Exhibit E is a letter from a Cape Verdean association in Brockton. Exhibit F is a bank statement in your name.

[[financial-support: The center's estimate of $578,000 includes the transplant and twelve months of drugs after it. Ms. Semedo's return shows income of $54,000 a year, and your statement shows a balance of $22,600. Exhibit E pledges "help with rent and meals" but names no sum. Together the exhibits fall far short of the cost, and no insurer or charity has committed to pay. This point is not overcome. ]]

The application is accordingly denied. No appeal lies to the Administrative Appeals Office. A new Form I-131 may be filed, with the required fee, supported by evidence that addresses each of the points above.

Sincerely,

Corinne Abernathy
Acting Chief, Humanitarian Affairs Branch
""")
