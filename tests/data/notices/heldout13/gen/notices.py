# The ten notices of notices13, grounds marked <<category|...>>.
NOTICES = []
def add(name, kind, date, receipt, text, respond_by=None, furniture=()):
    NOTICES.append(dict(name=name, kind=kind, date=date, receipt=receipt, text=text.lstrip("\n"),
                        respond_by=respond_by, furniture=list(furniture)))

F1a = "RFE IOE0984316275 | Page 1 of 2"
F1b = "RFE IOE0984316275 | Page 2 of 2"
add("c01-numbered-rfe-2p", "rfe", "2027-03-15", "IOE0984316275", f"""
U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
International Operations Division, Humanitarian Affairs Branch

REQUEST FOR EVIDENCE

Date: March 15, 2027
Receipt Number: IOE0984316275
Form: I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Beneficiary: Valentina Isabel Zeledón Arauz
Petitioner: Orlando Zeledón Pineda

Dear Mr. Zeledón Pineda:

You asked U.S. Citizenship and Immigration Services (USCIS) to parole your granddaughter, Valentina, a fourteen month old girl from Nicaragua, so that she may receive a liver transplant in Houston, Texas. Parole under INA section 212(d)(5)(A) is granted only case by case, for urgent humanitarian reasons or a significant public benefit, and only where the person also deserves a favorable exercise of discretion. You bear the burden of showing eligibility.

Your filing contained a letter from Dr. Ernesto Lacayo of a children's hospital in Managua, liver function tests from November 2026, a letter from a transplant coordinator in Houston, a Form I-134 signed by you, and copies of Valentina's birth certificate and passport.

The evidence does not yet establish eligibility. Please provide the following.

1. <<medical-urgency|Dr. Lacayo writes that Valentina was born with biliary atresia, that a drainage operation performed when she was two months old did not succeed, and that she "will need a new liver." His letter is dated October 2026 and gives no current bilirubin level, no score of how advanced her liver disease is, and no estimate of how long she can wait. Provide a current letter from her treating physician describing her present condition, the results of her most recent tests, and what he expects to happen if the transplant is delayed by six months or more.>>

2. <<treatment-unavailable|The record does not explain where in Central America a pediatric liver transplant can or cannot be done. A hospital in Costa Rica and one in Guatemala City perform transplants in children. Submit evidence showing whether those centers were asked to accept Valentina and, if so, why they declined or could not treat her in time.>>

3. <<us-treatment-arranged|The letter from the Houston transplant coordinator confirms that Valentina's records were received and "are under review." It nowhere says that the transplant team has accepted her as a candidate, who would act as the living donor, or whether a donor evaluation
{F1a}
\f{F1b}
has been scheduled. Submit a letter from the transplant surgeon or program director confirming Valentina's acceptance, setting out the planned operation and the expected length of her stay in Houston.>>

4. <<financial-support|On your Form I-134 you report yearly earnings of $41,000. The hospital's estimate for the transplant and the first three months of care is $486,000. You have not shown how the difference will be paid. Provide bank records, a signed pledge from a charity or the hospital's financial office, or other proof that the full cost of treatment, travel and lodging is covered.>>

Your response must be received within 84 days of the date of this notice. Send all of the requested evidence together, with a copy of this notice on top, to the address shown below. If you do not respond, the application will be decided on the current record.

USCIS, Humanitarian Affairs Branch, Attn: Parole Unit, 5900 Capital Gateway Drive, Camp Springs, MD 20588

Sincerely,

M. Okafor
Supervisory Adjudications Officer
""", respond_by="2027-06-07", furniture=[F1a, F1b])

add("c02-lettered-noid", "noid", "2027-04-06", "IOE0971250834", """
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

NOTICE OF INTENT TO DENY

April 6, 2027

Receipt Number: IOE0971250834
Applicant: Fatmata Kamara, on behalf of Ibrahim Sesay Kamara

Dear Ms. Kamara:

USCIS has reviewed the Form I-131 you filed so that your brother, Ibrahim Sesay Kamara, a thirty one year old citizen of Sierra Leone, may travel to Cleveland, Ohio, for replacement of his mitral valve, which was damaged by rheumatic fever in childhood.

The Secretary may parole a person into the United States only for urgent humanitarian reasons or a significant public benefit, and only as a matter of discretion. The applicant must prove each element by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

You submitted an echocardiogram report from Freetown, a letter from Dr. Aminata Conteh, a letter of acceptance from a cardiac surgery clinic in Cleveland, your Form I-134 with pay slips, and a statement from your church.

Having considered this evidence, USCIS intends to deny the application on the grounds below.

(a) <<treatment-unavailable|Dr. Conteh states that open heart surgery is "not routinely done" in Sierra Leone. The record shows, however, that a charitable cardiac center in Khartoum and a private hospital in Accra perform valve replacement on patients from West Africa, and a regional program has sent patients from Freetown to Accra for this operation. You did not say whether Mr. Kamara applied to either program or what prevented treatment there.>>

(b) <<travel-feasibility|The echocardiogram describes severe narrowing of the valve, fluid in the lungs and an irregular heart rhythm. No physician has stated that Mr. Kamara is well enough to fly for over fourteen hours with a connection in Europe, and no escort or medical assistance during the journey has been arranged.>>

(c) <<security|The police clearance Mr. Kamara submitted shows a 2022 arrest in Bo for assault causing bodily harm. The outcome of that charge is not shown, and on the application the question about prior arrests is answered "no." USCIS cannot determine whether his entry would present a risk to public safety.>>

You may submit a written rebuttal and additional evidence within 30 days of the date of this notice. If you do not respond within that time, or if the response does not overcome the grounds above, the application will be denied.

Sincerely,

R. Delacroix-Brandt
Field Office Director
""", respond_by="2027-05-06")

add("c03-bulleted-denial", "denial", "2027-02-09", "IOE0962039187", """
U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services

Mr. Nurlan Abdyldaev
214 Maple Court
Fort Collins, CO 80521

February 9, 2027

Receipt Number: IOE0962039187
Beneficiary: Aizada Nurlanovna Abdyldaeva

DECISION

Dear Mr. Abdyldaev:

You filed Form I-131 asking that your daughter Aizada, a nine year old girl living with her mother in Bishkek, Kyrgyzstan, be paroled into the United States for epilepsy surgery at a children's hospital in Denver. After careful review, USCIS has denied the application.

Parole is available only for urgent humanitarian reasons or significant public benefit, and it is a discretionary measure. The person seeking parole must show by a preponderance of the evidence that the request qualifies and that discretion should be exercised in the beneficiary's favor.

In support of the application you submitted a letter from Dr. Gulnara Toktosunova, a neurologist in Bishkek; an MRI report of the brain; an EEG report; a letter from the Denver hospital's epilepsy program; your Form I-134 with your tax returns for 2024 and 2025; and Aizada's passport.

The record falls short in the following respects:

• <<medical-urgency|Dr. Toktosunova reports that Aizada has up to ten seizures a week despite two medications. She does not say whether other medications or a special diet have been tried, what the MRI shows as the source of the seizures, or why surgery rather than further medical treatment is now needed.>>

• <<us-treatment-arranged|The Denver program wrote that it would be "glad to evaluate" Aizada. An evaluation is not an agreement to operate. The letter sets no date, names no surgeon, and states that a decision on surgery depends on monitoring that has not yet been done.>>

• <<support-plan|Aizada's mother is not included in this application and has not filed one of her own. You state that Aizada would live with you and your wife in Colorado during her recovery, but you have not explained who would care for her at home after surgery while both of you work full time, or how she would get to her appointments.>>

• <<documentation|The letter from Dr. Toktosunova and the EEG report are in Russian. The English versions you provided are unsigned and carry no statement from the translator about his or her competence or the accuracy of the translation.>>

Because the record does not establish that Aizada qualifies for parole, the application is denied.

There is no appeal from this decision. You may file a new Form I-131, with the required fee and new evidence, if circumstances change.

Sincerely,

Officer 2287
International Operations Division
""")

H4 = "Request for Evidence, Receipt IOE0935718402, p. 2"
add("c04-headed-rfe-2p", "rfe", "2027-05-24", "IOE0935718402", f"""
U.S. Citizenship and Immigration Services
International Operations Division

Request for Evidence

Date of Notice: May 24, 2027
Receipt Number: IOE0935718402
Beneficiary: Josefa Tuilau Naivalu
Petitioner: Mere Naivalu Fong

Dear Ms. Naivalu Fong:

This notice concerns the Form I-131 filed on behalf of your niece, Josefa Tuilau Naivalu, a fifteen year old girl from Suva, Fiji, whom you ask USCIS to parole for surgery to correct a severe curvature of her spine at a hospital in Sacramento, California.

Parole under INA section 212(d)(5)(A) may be authorized only on a case by case basis for urgent humanitarian reasons or significant public benefit. The petitioner bears the burden of proof. Additional evidence is needed before a decision can be made.

Medical Need

<<medical-urgency|The spinal radiograph report from the Colonial War Memorial Hospital measures the curve at 78 degrees. The referring physician's letter says the curve "may affect her breathing in future" but gives no results of lung function testing and does not say how quickly the curve has progressed. Submit an updated letter from her treating physician with the most recent measurements compared with earlier ones, lung function results, and an explanation of the harm expected if surgery is postponed.>>

Availability of Treatment

<<treatment-unavailable|You state that spinal fusion is not performed in Fiji. The record does not address whether Josefa could be treated in New Zealand or Australia, both of which receive patients from Fiji under regional referral arrangements. Provide evidence of any referral made and the response received, or an explanation of why treatment in those countries is not possible.>>

Financial Support

<<financial-support|The Sacramento hospital estimates the cost of surgery and inpatient care at $312,000. According to your Form I-134, your household earns $68,000 a year and has $9,500 saved. The letter from a community association in Sacramento says it "hopes to raise" funds but states no amount. Submit evidence that the full cost of surgery, hospital stay, rehabilitation, travel and lodging will be paid, such as a written commitment from the hospital's charity care program or statements of
\f{H4}
funds on deposit.>>

Return to Fiji

<<temporary-stay|Josefa's parents and two younger siblings remain in Suva, but the application does not explain what care she will need after she leaves the hospital, how long she must remain in the United States for checkups, or which physician in Fiji will follow her once she returns. Provide a plan for her recovery and return, including the expected date of departure and the name of the physician in Fiji who will see her afterwards.>>

How to Respond

Your response must be received by August 16, 2027. Return this notice with your response. Evidence received after that date will not be considered, and the application may be denied on the present record.

Sincerely,

T. Vuong
Immigration Officer
""", respond_by="2027-08-16", furniture=[H4])

add("c05-runon-noid", "noid", "2027-06-08", "IOE0958423716", """
U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services

NOTICE OF INTENT TO DENY

June 8, 2027
Receipt Number: IOE0958423716

Ms. Leila Ben Salem
88 Harbor View Road, Apt. 5C
Quincy, MA 02169

Re: Form I-131 for Habib Ben Salem

Dear Ms. Ben Salem:

You requested parole for your father, Habib Ben Salem, a sixty one year old resident of Sfax, Tunisia, so that he may receive radioactive drug therapy in Boston for a neuroendocrine tumor of the pancreas that has spread to his liver.

USCIS may parole an individual only for urgent humanitarian reasons or a significant public benefit, and only where discretion is favorably exercised. The burden is on the petitioner to establish both by a preponderance of the evidence.

The record includes letters from Dr. Mohamed Trabelsi, an oncologist in Sfax; a CT report and a scan report from January 2027; a letter from a Boston cancer institute; your Form I-134 with bank statements; and your own statement.

Based on the evidence submitted, USCIS intends to deny the application. <<treatment-unavailable|Dr. Trabelsi writes that the therapy is "not accessible" to Mr. Ben Salem, but he does not say whether it is offered in Tunis or elsewhere in North Africa or southern Europe, where several centers provide it to foreign patients at a lower cost than in the United States.>> <<other-avenues|Additionally, Mr. Ben Salem traveled to the United States on a visitor visa in 2023 to attend your wedding, and that visa remains valid until 2028; the application gives no reason that stops him from using it to come for a course of treatment that is planned rather than emergency care.>>

<<us-treatment-arranged|The letter from the Boston cancer institute confirms an appointment for consultation on July 20, 2027, and states that the team "anticipates" four treatment cycles eight weeks apart, subject to its own imaging. It does not confirm that he has been accepted for treatment.>> <<temporary-stay|Moreover, four cycles eight weeks apart would keep Mr. Ben Salem in the United States for at least seven months, and you have not said where he would receive his later scans and care, or what ties would bring him back to Sfax when treatment ends.>>

You may respond to this notice within 33 days of the date of this notice (30 days plus 3 days for mailing). Submit any rebuttal and evidence in one package with a copy of this notice. If no response is received, USCIS will decide the application on the existing record.

Sincerely,

A. Marchetti
Section Chief, Humanitarian Affairs Branch
""", respond_by="2027-07-11")

H6a = "Receipt IOE0916354829 | Decision | Page 2 of 3"
H6b = "Receipt IOE0916354829 | Decision | Page 3 of 3"
add("c06-numbered-denial-3p", "denial", "2027-07-12", "IOE0916354829", f"""
U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

DECISION

July 12, 2027

Receipt Number: IOE0916354829
Beneficiary: Mateo Benítez Ayala
Petitioner: Rosa Ayala de Benítez

Dear Mrs. Ayala de Benítez:

On January 22, 2027, you filed Form I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records, seeking parole for your son Mateo, an eleven year old boy from Asunción, Paraguay, whose leukemia has returned after two courses of chemotherapy. You ask that he be allowed to receive a cell therapy known as CAR T at a children's hospital in Philadelphia. For the reasons below, the application is denied.

Parole may be authorized in the Secretary's discretion, case by case, for urgent humanitarian reasons or significant public benefit. The petitioner must establish eligibility by a preponderance of the evidence, Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010), and must also show that the beneficiary merits a favorable exercise of discretion.

The record consists of the application; letters from Dr. Liliana Gaona, a pediatric hematologist in Asunción, dated December 2026 and March 2027; bone marrow reports; an email from the Philadelphia hospital's international office; a Form I-134 from Mateo's uncle, Mr. Hugo Ayala, with bank statements; a letter from a foundation in Asunción; and birth and identity documents.

The application is denied on these grounds.

1. <<medical-urgency|Dr. Gaona's letter of March 2027 states that Mateo's leukemia has relapsed, but the most recent bone marrow report in the record is from November 2026 and showed no leukemia cells. The record does not reconcile the two, and no later test result, blood count or treatment record shows the current state of his disease.>>

2. <<treatment-unavailable|Dr. Gaona writes that CAR T therapy is not available in Paraguay. The record shows, however, that a university hospital in São Paulo and a private center in Buenos Aires offer this therapy to children, and both are much closer to Asunción than Philadelphia. You submitted no letter from either center and did not explain why
\f{H6a}
Mateo could not be referred to them.>>

3. <<us-treatment-arranged|The email from the Philadelphia hospital's international office says only that Mateo's records "will be reviewed by the team once financial clearance is obtained." No physician there has examined his records or agreed to treat him, and no treatment plan or schedule has been provided.>>

4. <<financial-support|Mr. Hugo Ayala's Form I-134 shows yearly income of $52,000 and savings of $14,000. The foundation in Asunción states that it will "help with travel costs." The international office estimated the therapy and related hospital care at $900,000 or more. Nothing in the record shows who would pay that amount, and a deposit is required before admission.>>

5. <<support-plan|You state that you and Mateo would live with Mr. Ayala in Camden, New Jersey, but that home is a two bedroom apartment shared by five people, and the hospital advises that patients stay within thirty minutes of the hospital for the first two months after treatment in a setting that limits the risk of infection. You have not explained where Mateo would stay, how he would be taken to the hospital at short notice, or who would care for his two younger sisters, who you say would remain in Asunción with
\f{H6b}
their grandmother while you are away.>>

Because the record does not establish that Mateo qualifies for parole, the application is denied.

This decision may not be appealed to the Administrative Appeals Office. You may file a new Form I-131 with the filing fee and with evidence addressing the deficiencies described above.

If you have questions, contact the Humanitarian Affairs Branch at the address on this notice.

Sincerely,

D. Alvarenga
Adjudications Officer
""", furniture=[H6a, H6b])

add("c07-quoting-rfe-denial", "denial", "2027-10-05", "IOE0947106358", """
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

DECISION ON APPLICATION FOR PAROLE

October 5, 2027

Receipt Number: IOE0947106358
Beneficiary: Chisomo Banda
Petitioner: Grace Mwale

Dear Ms. Mwale:

You filed Form I-131 for your niece, Chisomo Banda, a six year old girl from Blantyre, Malawi, who has a kidney tumor known as Wilms tumor. You ask that she be paroled for surgery and chemotherapy at a hospital in Minneapolis, Minnesota. The application is denied.

Humanitarian parole is discretionary. It may be granted, case by case, only for urgent humanitarian reasons or significant public benefit, and the petitioner must show eligibility by a preponderance of the evidence.

On June 14, 2027, USCIS sent you a Request for Evidence (RFE). Among other things, the RFE stated:

"Submit a letter from Chisomo's treating oncologist in Malawi that explains the stage of her tumor, the treatment she has received so far, and why the remaining treatment cannot be provided at the referral hospital in Blantyre."

"Submit evidence that a doctor or medical center in the United States has accepted Chisomo for treatment, including a treatment plan with dates."

"Submit evidence of who will care for Chisomo in the United States, since her parents are not included in the application."

Your response consisted of a letter from Dr. Pilirani Chirwa dated August 2, 2027; an email from a pediatric oncology nurse in Minneapolis; your own statement; and your employer's letter.

USCIS has reviewed the response. It does not overcome the concerns raised in the RFE.

<<treatment-unavailable|Dr. Chirwa's letter confirms that Chisomo had surgery in Blantyre in May 2027 to remove the affected kidney and is now receiving chemotherapy there. It states that radiation therapy "may be needed" and that the radiotherapy unit in Lilongwe has a waiting list. It does not say that radiation has been prescribed, how long the wait is, or that the hospital in Blantyre cannot complete the chemotherapy it has already begun.>>

<<us-treatment-arranged|The email from the nurse in Minneapolis says that the hospital "would be happy to see" Chisomo. It is not signed by a physician and contains no plan of treatment, no dates and no estimate of cost.>>

<<support-plan|You state that you would care for Chisomo in Minnesota. Your employer's letter confirms that you work night shifts five days a week. Chisomo's mother would remain in Malawi, and there is no written consent from either parent to her travel and treatment in your care. You have not explained who would look after a six year old receiving cancer treatment while you are at work.>>

Accordingly, the application is denied.

There is no appeal from this decision. You may file a new Form I-131 with the filing fee and new evidence.

Sincerely,

K. Oyelaran
Adjudications Officer
""")

add("n08-pointbypoint-noid", "noid", "2027-08-02", "IOE0929584017", """
U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

NOTICE OF INTENT TO DENY

August 2, 2027
Receipt Number: IOE0929584017
Beneficiary: Vasile Ciobanu
Petitioner: Elena Ciobanu Russu, through counsel

Dear Counsel:

This notice concerns the Form I-131 filed for Vasile Ciobanu, a fifty two year old man from Chișinău, Moldova, with advanced heart failure, who seeks parole to receive a mechanical heart pump at a hospital in Chicago, Illinois.

Parole may be granted, in the exercise of discretion and case by case, only for urgent humanitarian reasons or a significant public benefit. The petitioner has the burden of establishing eligibility.

Your cover letter of April 19, 2027, set out five points in support of the request. USCIS addresses each point below, quoting it first.

Point 1 of the cover letter: "Mr. Ciobanu's heart pumps at less than one fifth of its normal strength, and his cardiologist expects him to die within months without the device."

USCIS response: The echocardiogram of March 2027 and the letter of Dr. Ion Rusu support this statement. USCIS accepts that Mr. Ciobanu's condition is serious and urgent.

Point 2 of the cover letter: "No hospital in Moldova implants heart pumps, and the nearest centers have refused him."

USCIS response: <<treatment-unavailable|The record contains a letter from a cardiac institute in Bucharest stating that it placed Mr. Ciobanu on its list for evaluation in February 2027. It does not refuse him. You have not shown that the institutes in Bucharest or Kyiv, or the program in Vienna mentioned in Dr. Rusu's letter, have declined to treat him.>>

Point 3 of the cover letter: "The Chicago hospital has accepted Mr. Ciobanu and will implant the device at its own cost."

USCIS response: <<financial-support|The hospital's letter accepts Mr. Ciobanu for evaluation and states that the device and surgery are estimated at $410,000, "payable in advance by the patient or sponsor." It does not offer to bear the cost. The Form I-134 from Mrs. Ciobanu Russu shows income of $47,000 a year, and the record documents no other way of paying.>>

Point 4 of the cover letter: "Mr. Ciobanu will return home once the device is working, and his care will be continued in Chișinău."

USCIS response: <<temporary-stay|A patient with an implanted heart pump needs regular checks of the device by a specialized team and a reliable supply of parts and power. Dr. Rusu does not say that anyone in Moldova is trained to manage the device, and the Chicago hospital's letter says follow up visits would be required "for the life of the device." On this record USCIS cannot find that the stay would be temporary.>>

Point 5 of the cover letter: "Mr. Ciobanu has no criminal record and has always complied with immigration law."

USCIS response: <<discretion|Mr. Ciobanu was refused a visitor visa in 2021 after the consular officer found that he had presented a forged letter of employment. The application does not mention this refusal, and the cover letter's statement that he has always complied with immigration law is not consistent with the record. USCIS gives this significant negative weight in exercising discretion.>>

Your response must be received by September 1, 2027. You may submit a brief and additional evidence. Failure to respond will result in a decision on the present record.

Sincerely,

P. Hadley
Supervisory Immigration Officer
""", respond_by="2027-09-01")

H9 = "USCIS Request for Evidence (continued) | IOE0990417263"
add("n09-issue-evidence-rfe-2p", "rfe", "2027-09-13", "IOE0990417263", f"""
U.S. Citizenship and Immigration Services
International Operations Division

REQUEST FOR EVIDENCE

Date: September 13, 2027
Receipt Number: IOE0990417263
Application: Form I-131
Beneficiary: Karma Choden Wangmo
Petitioner: Tashi Dorji Wangmo

Dear Mr. Wangmo:

You filed an application for parole for your sister, Karma Choden Wangmo, a thirty five year old woman from Thimphu, Bhutan, who has a tangle of abnormal blood vessels in her brain that has bled once. You ask that she be allowed to come to San Francisco for treatment of the malformation.

Parole may be authorized only for urgent humanitarian reasons or significant public benefit, and only as a matter of discretion. The petitioner must establish eligibility by a preponderance of the evidence.

USCIS needs more evidence to decide the application. For each issue below, the notice states what is missing and the evidence that could resolve it.

Issue 1: Medical need

<<medical-urgency|The discharge summary from the national referral hospital in Thimphu records a bleed in the brain in December 2026. No record after her discharge has been submitted, and no physician has described the risk of a further bleed or explained whether treatment must take place within a particular time.
Evidence needed:
a current letter from her treating neurologist or neurosurgeon stating her condition, the risk of another bleed, and the harm expected from delay;
the reports of any imaging done after January 2027.>>

Issue 2: Treatment in the region

<<treatment-unavailable|Bhutanese patients are commonly referred to hospitals in India for neurosurgery. The application does not say whether Ms. Wangmo was referred to a center in New Delhi or Vellore, or whether focused radiation treatment was considered there.
Evidence needed:
any referral letter and the reply received;
a statement from her physician explaining why treatment in India is not suitable for her.>>

Issue 3: Treating physician in the United States

<<us-treatment-arranged|The letter from the neurosurgery department in San Francisco states that Ms. Wangmo's images were "of interest" to its vascular team and invites her to make an appointment. It does not state that the team has agreed to treat her or what treatment it proposes.
Evidence needed:
a letter from the treating physician confirming acceptance, the proposed procedure and its expected dates;
an estimate of the cost of treatment.>>

Issue 4: Translations

<<documentation|Ms. Wangmo's birth certificate and the police certificate are in Dzongkha and were submitted without English translations.
Evidence needed:
complete English translations of both documents, each with the translator's signed certification of competence and
\f{H9}
accuracy.>>

Response

You must submit the requested evidence within 87 days of the date of this notice (84 days plus 3 days for mailing). Place this notice on top of your response. USCIS will not grant extensions of time.

Sincerely,

S. Kowalczyk
Immigration Officer
""", respond_by="2027-12-09", furniture=[H9])

add("n10-first-second-denial", "denial", "2027-11-16", "IOE0953872641", """
U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services

November 16, 2027

Receipt Number: IOE0953872641

Mr. Sibusiso Dlamini
1740 Riverside Avenue
Jacksonville, FL 32204

Re: Application for parole of Themba Dlamini

DECISION

Dear Mr. Dlamini:

You filed Form I-131 on behalf of your father, Themba Dlamini, a fifty eight year old man from Manzini, Eswatini, who has a cancer of the liver. You ask that he be paroled for surgery to remove part of his liver at a hospital in Jacksonville. USCIS has carefully considered the application and the evidence submitted, and the application is denied.

Parole is an extraordinary measure, granted in the Secretary's discretion case by case for urgent humanitarian reasons or significant public benefit. You must show by a preponderance of the evidence that your father is eligible and deserves a favorable exercise of discretion.

The evidence submitted includes a letter from Dr. Nomvula Simelane, a surgeon in Mbabane; a CT report dated August 2027; a quote from the Jacksonville hospital; a Form I-134 from you with an employment letter; and your father's passport.

USCIS has identified several deficiencies. <<treatment-unavailable|First, Dr. Simelane states that this type of liver operation is unavailable in Eswatini, but she does not address the hospitals in Johannesburg and Durban, to which patients from Eswatini are regularly referred and which perform this surgery, and nothing in the record indicates that your father sought treatment there.>> <<medical-urgency|Second, the CT report describes a single tumor of four centimeters and no spread, and Dr. Simelane recommends surgery "in the coming months," yet neither the report nor the letter explains why treatment must occur in the United States rather than after a referral within the region, or what would happen if it were delayed.>> <<us-treatment-arranged|Third, the Jacksonville hospital's document is a price quote for a procedure, addressed to "prospective international patient," and does not show that any surgeon there has reviewed your father's records or agreed to operate.>> <<travel-feasibility|Fourth, your father has diabetes and a heart condition according to Dr. Simelane's letter, and no doctor has confirmed his fitness to travel before surgery or to return home afterwards, nor has any travel itinerary been provided.>>

The application is therefore denied. This decision cannot be appealed. You may file a new Form I-131, with the required fee, together with evidence addressing these deficiencies.

Sincerely,

J. Whitcombe
Adjudications Officer, Humanitarian Affairs Branch
""")
