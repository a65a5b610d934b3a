"""The ten notices of notices26, written for this set. Each ground is marked
in place as [[category: ...]]; gen/write.py strips the marks. A tuple is
(name, kind, date, receipt, days to respond or None, furniture, text).
One paragraph a line; a form feed is a page break."""
import datetime


def fmt(iso, days=0):
    d = datetime.date.fromisoformat(iso) + datetime.timedelta(days=days)
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")


# ---------------------------------------------------------------- c01
C01_FOOT = "Request for Evidence, IOE0713385246 -- sheet 1 of 2"
C01_HEAD = "Valeria B. Orellana Funes, IOE0713385246 -- sheet 2 of 2"
C01 = f"""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Parole Program

REQUEST FOR EVIDENCE

Date: {fmt("2027-01-19")}
Receipt Number: IOE0713385246
Form: I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Beneficiary: Valeria Beatriz Orellana Funes
Requestor: Marisol Funes de Rivas

Dear Ms. Funes de Rivas:

On October 28, 2026, you asked USCIS to parole your niece, Valeria Beatriz Orellana Funes, a seven-year-old citizen of El Salvador who lives in San Miguel, into the United States so that she can have surgery to release a tethered spinal cord.

The Secretary of Homeland Security may, in the exercise of discretion, parole a noncitizen into the United States temporarily, on a case-by-case basis, for urgent humanitarian reasons or significant public benefit. INA 212(d)(5)(A). You must prove eligibility by a preponderance of the evidence, which means showing that each fact you claim is more likely true than not. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). A request that meets this standard may still be refused as a matter of discretion.

So far we have reviewed your Form I-131, the Form I-134 signed by Rafael Rivas, a neurosurgeon's letter from San Miguel dated August 30, 2026, an MRI report, Valeria's birth certificate with an English translation, and your own written statement. More evidence is needed on each of the numbered points below before the request can be decided.

1. [[medical-urgency: The neurosurgeon's letter refers to a tethered cord with "progressive gait disturbance" but does not say when the symptoms began, how fast they have changed, or what harm waiting would do. The MRI report is dated February 2026, and no later study has been filed. Submit a recent statement from the doctor now treating Valeria that describes her present leg strength and bladder control, compares them with earlier examinations, and gives an opinion on how soon the operation must take place.]]

2. [[treatment-unavailable: You state that no surgeon in El Salvador performs this operation on children, but your own statement is the only support for that claim. The San Miguel neurosurgeon does not say whether the release could be done at a public children's hospital in San Salvador, or in Guatemala or Mexico. Provide a physician's explanation of which facilities in El Salvador and the neighboring countries were considered and why none of them can perform the surgery.]]

3. [[us-treatment-arranged: The file holds an email from the international office of a children's hospital in Los Angeles, California, confirming that "a referral has been received." It names no surgeon, it is silent on whether the hospital has accepted Valeria as a patient, and it sets no date for the operation and describes no plan for the recovery. Provide a letter from the surgeon who has accepted Valeria, or from the hospital, stating that Valeria will be treated, the procedure planned, when it is expected to happen, and how long she will remain under the hospital's care.]]

4. [[financial-support: The hospital estimates $96,400 for the operation and a five-day admission. Mr. Rivas states on his Form I-134 that he earns $48,000 a year and supports a household of four, and his latest bank statement lists $6,215 on deposit. Nothing explains how the difference would be met, or who would pay for rehabilitation, airfare and day-to-day living costs. Submit
{C01_FOOT}
\f{C01_HEAD}
proof of how every part of the cost would be covered, for example a written pledge from the hospital's charity care program, a Form I-134 from another sponsor together with tax returns, or promises of help from relatives together with proof that they can keep them.]]

5. [[other-avenues: The request does not explain why Valeria could not travel with a B-2 visa, the visitor category that also covers medical care. Nothing shows that a visa application was lodged in San Salvador or that an interview could not be scheduled in time. Explain why no visa was sought, and provide any record of a visa application, refusal or appointment wait.]]

Your response must be received by this office within 87 days from the date on this notice (84 days to respond plus 3 days for mailing). Send everything at once, with a copy of this notice placed on top. If we have not heard from you by then, the request will be decided on the evidence already in the file, and it may be denied. This period cannot be extended.

Sincerely,

Ofelia Brandstetter
Supervisory Adjudications Officer
"""

# ---------------------------------------------------------------- c02
C02 = f"""U.S. Citizenship and Immigration Services
Humanitarian Parole Program

NOTICE OF INTENT TO DENY

{fmt("2027-03-08")}

Receipt Number: IOE0952617034
Beneficiary: Dariel Ernesto Quintana Pupo
Requestor: Yanelis Pupo Hechavarría

Dear Ms. Pupo Hechavarría:

You filed Form I-131 on behalf of your cousin's son, Dariel Ernesto Quintana Pupo, a two-year-old boy who lives in Holguín, Cuba, and has Wiskott-Aldrich syndrome. You seek parole so that he may receive a stem cell transplant at a pediatric transplant center in Miami, Florida.

Parole under INA 212(d)(5)(A) is granted only temporarily and case by case, for urgent humanitarian reasons or significant public benefit, and it remains discretionary even where those reasons exist. The requestor bears the burden of establishing, by a preponderance of the evidence, that the beneficiary qualifies. See Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). USCIS has examined your Form I-131 and statement, a Form I-134, a report from a pediatric hematologist in Havana, a letter from the Miami center, and translations of Dariel's birth certificate and medical report.

USCIS intends to deny the request on the present record. The deficiencies, lettered (a) through (d), are these:

(a) [[treatment-unavailable: Your statement says that stem cell transplants for children are not done in Cuba. The Havana hematologist's report, however, says that Dariel "has been referred for evaluation by the national transplant program," and nothing in the record shows what came of that referral or that the program declined to treat him.]]

(b) [[us-treatment-arranged: The Miami center's letter of January 12, 2027 says only that the center "would be pleased to review" Dariel's records. No donor search has begun, no transplant physician has agreed to take him on as a patient, and the record gives no indication of when treatment could start.]]

(c) [[documentation: Dariel's birth certificate and the Havana medical report are in Spanish. The English versions you filed bear no translator's name or signature, and nothing attests to their accuracy or to the translator's command of both languages. Without such a certification, USCIS cannot rely on them.]]

(d) [[travel-feasibility: The hematologist reports platelet counts below 20,000 and two hospital admissions for bleeding during 2026. No physician has stated that Dariel can safely make the trip to Miami, and the request does not say how he would travel, whether a nurse or doctor would go with him, or how a bleeding episode during the flight would be handled.]]

You may answer this notice with a written rebuttal and any further evidence. Your answer must be received within 33 days after the date of this notice (30 days, plus 3 days because the notice is sent by mail). If USCIS does not receive a timely answer, it will decide the request on the current record.

Sincerely,

Theodore Abernathy-Vance
Adjudications Officer
"""

# ---------------------------------------------------------------- c03
C03 = f"""DEPARTMENT OF HOMELAND SECURITY
U.S. Citizenship and Immigration Services

DECISION

Date: {fmt("2027-04-14")}
Receipt: IOE0384720915
Beneficiary: Jaylen Akeem Whyte
Requestor: Andre Whyte

Dear Mr. Whyte:

USCIS has reviewed the Form I-131 you filed for your nephew, Jaylen Akeem Whyte, a five-month-old boy in Montego Bay, Jamaica, who was born with a vein of Galen malformation, an abnormal connection between blood vessels deep in the brain. After careful review, the request for parole is denied.

Under INA 212(d)(5)(A), USCIS may parole a person temporarily, case by case, for urgent humanitarian reasons or significant public benefit. Both the existence of such reasons and the case for a favorable exercise of discretion must be shown by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). Each document has been weighed individually and together with the rest of the record.

The record includes:

• Form I-131 with your cover statement
• Form I-134 signed by you, with two pay stubs
• a letter from Jaylen's pediatrician in Montego Bay dated January 4, 2027, and a head ultrasound report
• a cost estimate from a children's hospital in Boston, Massachusetts

The request is denied for the following reasons:

• [[treatment-unavailable: Jaylen's pediatrician writes that the malformation "requires specialist endovascular care" but does not say whether an interventional team in Kingston, or anywhere else in the Caribbean, was asked to treat him. That care is specialized does not establish that it cannot be had in Jamaica or the region.]]

• [[financial-support: The only promise of funds is your Form I-134, and your stated income of $39,500 supports you and three children. The Boston hospital puts the cost of the staged procedures at $210,000 and has not offered to reduce its charges. No one has shown the means to pay.]]

• [[support-plan: Jaylen would have to stay near the hospital for repeated procedures over several months. The request does not say who would look after him and his mother, where they would live in Boston, or how food, transport and other daily needs would be provided for during that period.]]

This decision cannot be appealed to the Administrative Appeals Office, and USCIS will not entertain a motion to reopen or reconsider it. If circumstances change, you may file a new Form I-131, with the filing fee in effect at that time and evidence that answers the reasons given above.

Sincerely,

Priscilla Oyelaran-Hughes
Field Office Director
"""

# ---------------------------------------------------------------- c04
C04_FOOT = "Denial Notice -- Page 1 of 2"
C04_HEAD = "Luz Adriana Cardenas Ospina (IOE0619047382)"
C04_LAST = "Denial Notice -- Page 2 of 2"
C04 = f"""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services

DENIAL OF REQUEST FOR HUMANITARIAN PAROLE

{fmt("2027-05-20")}
Receipt Number: IOE0619047382
Beneficiary: Luz Adriana Cardenas Ospina
Requestor: Julian Esteban Cardenas

Dear Mr. Cardenas:

Background

On December 15, 2026, you filed Form I-131 asking that your sister, Luz Adriana Cardenas Ospina, a 49-year-old citizen of Colombia living in Pereira, be paroled into the United States for removal of a meningioma that presses on her left optic nerve. After review of the full record, USCIS denies the request.

Legal Framework

INA 212(d)(5)(A) permits parole only temporarily, case by case, for urgent humanitarian reasons or significant public benefit. The requestor must establish eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). Parole is discretionary; USCIS weighs the favorable and unfavorable factors in the record as a whole.

Reasons for Denial

Visa Processing

[[other-avenues: You have not explained why Ms. Cardenas did not apply for a visitor visa to obtain treatment. She held a visitor visa that expired in 2024, and nothing indicates that she tried to renew it or was told she could not obtain one in time. Parole is not meant to replace ordinary visa processing where the visa route remains available to her and no urgency calling for a faster route has been shown.]]

Care Available in Colombia

[[treatment-unavailable: The ophthalmologist's letter from Pereira states that Ms. Cardenas was offered surgery at a university hospital in Bogota in October 2026 and "prefers" to be treated in the United States. A preference for treatment abroad is not an urgent humanitarian reason when the needed operation has been offered at home.]]

Commitment of the Treating Surgeon

[[us-treatment-arranged: A neurosurgery department in Houston, Texas wrote on February 3, 2027 that it had "scheduled a consultation" and would determine "whether surgical or radiation treatment is appropriate" after examining her. The department has committed to no treatment, and its letter makes plain that its physicians had not yet looked at her scans. Absent a decision by a United States physician that an operation is indicated and will be carried out, the record fails to establish that a course of treatment is
{C04_FOOT}
\f{C04_HEAD}
waiting for her.]]

Immigration History

[[discretion: USCIS records show that Ms. Cardenas was admitted in 2019 as a visitor and stayed about seven months beyond the date her admission expired. Her Form I-131 denies any prior violation of status, and the request does not mention the overstay. The earlier violation and the failure to disclose it count against her in the weighing of discretion.]]

Conclusion

For these reasons, the request is denied. There is no appeal from this decision to the Administrative Appeals Office. A new Form I-131 may be filed with the required fee and new evidence addressing each reason above.

Sincerely,

Gregory Tanaka-Whitfield
Section Chief, Humanitarian Affairs
{C04_LAST}
"""

# ---------------------------------------------------------------- c05
C05 = f"""U.S. Citizenship and Immigration Services
Humanitarian Parole Program

NOTICE OF INTENT TO DENY

Date: {fmt("2027-06-22")}
Receipt Number: IOE0287560193
Beneficiary: Chibuike Daniel Okonkwo
Requestor: Emeka Okonkwo

Dear Mr. Okonkwo:

This notice concerns the Form I-131 you filed for your son, Chibuike Daniel Okonkwo, a six-year-old boy in Enugu, Nigeria, who has Alagille syndrome with scarring of the liver and severe itching. You ask that he be paroled for one year to be assessed for a liver transplant in Pittsburgh, Pennsylvania.

Parole may be authorized under INA 212(d)(5)(A) only temporarily, case by case, for urgent humanitarian reasons or significant public benefit, and only where a favorable exercise of discretion is warranted. You carry the burden of showing eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). The record consists of your Form I-131 and cover letter, your Form I-134 with your 2025 tax return, a clinical summary from a teaching hospital in Enugu, and two letters from a transplant hepatology service in Pittsburgh. Based on that record, USCIS proposes to deny the request.

[[medical-urgency: The clinical summary from Enugu, dated November 2026, reports that Chibuike's liver tests have been "stable on current medication" for the past year and does not state that his liver is failing or that a transplant has been recommended.]] [[us-treatment-arranged: Additionally, the Pittsburgh transplant hepatology service writes only that it "can offer an outpatient evaluation" and has not said whether he is a candidate for a transplant, who the living donor would be, or when any operation would take place.]]

[[temporary-stay: The request seeks a one-year parole, yet the Pittsburgh hepatologist explains that a child who receives a new liver must be followed closely by the transplant team for a long time afterward, and you have not said where that follow-up would happen once Chibuike is back in Nigeria or who would provide it.]] [[financial-support: Also, your Form I-134 reports a yearly income of $52,300, while the Pittsburgh hospital's estimate for a liver transplant exceeds $400,000, and no charity, insurer or relative has come forward to pay the balance.]]

You may respond to this notice within 30 days of its date by sending a written statement and any additional evidence. If no response is received within those 30 days, USCIS will decide the request on the evidence now in the record.

Sincerely,

Marguerite Lindqvist
Adjudications Officer
"""

# ---------------------------------------------------------------- c06
C06 = f"""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services

DECISION

Date: {fmt("2027-07-29")}
Receipt Number: IOE0471936825
Beneficiary: Nakato Grace Ssempala
Requestor: Ruth Namubiru

Dear Ms. Namubiru:

You filed Form I-131 for your niece, Nakato Grace Ssempala, a three-year-old girl in Mbarara, Uganda, who was born with tricuspid atresia and needs the third stage of a series of heart operations. The request is denied for the reasons below.

USCIS may parole a noncitizen under INA 212(d)(5)(A) temporarily, case by case, for urgent humanitarian reasons or significant public benefit, and may decline to do so in its discretion. It is the requestor's burden to prove eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).

By a notice dated March 30, 2027, USCIS asked you for more evidence. The notice read in part:

"Provide a letter from the pediatric cardiac surgeon who will operate, confirming that Nakato has been accepted and giving the date of surgery."
"Describe where Nakato and the adult who accompanies her will stay during treatment and recovery, and who will meet their daily needs."
"Explain how Nakato's heart care will continue after she returns to Uganda."

Your response arrived on June 16, 2027. It included a second letter from a children's hospital in Seattle, Washington, three photographs of a furnished room, and statements from Nakato's parents.

USCIS has weighed the response together with everything filed earlier. It does not cure the deficiencies identified in the request for evidence, as explained below.

[[us-treatment-arranged: The new letter from the Seattle hospital is signed by a financial counselor rather than a surgeon and says that Nakato "may be scheduled once clearance is obtained." It does not state that a cardiac surgeon has reviewed her echocardiograms, agreed to operate, or set a date.]]

[[support-plan: The response says that Nakato and her mother would stay with "church friends" in Tacoma, but no host has written to confirm the offer, the friends are not named, and the photographs of a room do not show who lives there, its distance from the hospital, or how mother and child would get to appointments.]]

[[temporary-stay: Her parents write that Nakato will "come home when she is well," but no doctor in Uganda has agreed to follow her heart condition after surgery, and nothing in the record says where in Uganda that follow-up would happen. Without a credible plan for her care on return, you have not shown that her stay would be temporary.]]

Because the response left these concerns unresolved, the request is denied. There is no administrative appeal from this decision. You may file a new Form I-131, with the current fee, if you can submit evidence that meets the concerns above.

Sincerely,

Bernadette Kowalczyk-Reyes
Supervisory Immigration Services Officer
"""

# ---------------------------------------------------------------- c07
C07_RUN = "Request for Evidence | IOE0839205617 | Form I-131"
C07 = f"""{C07_RUN}
U.S. Citizenship and Immigration Services
Humanitarian Parole Program

REQUEST FOR EVIDENCE

Notice Date: {fmt("2027-09-09")}
Receipt Number: IOE0839205617
Beneficiary: Baraka Joseph Mwakyusa
Requestor: Neema Mwakyusa Lyimo

Dear Ms. Mwakyusa Lyimo:

We have received the Form I-131 you filed for your cousin's son, Baraka Joseph Mwakyusa, an eleven-year-old boy in Arusha, Tanzania, who has xeroderma pigmentosum and has had repeated skin cancers removed from his face. You ask that he be paroled for surgery and radiation at a cancer center in Columbus, Ohio.

Parole is available under INA 212(d)(5)(A) only temporarily, case by case, for urgent humanitarian reasons or significant public benefit, and it is granted only as a matter of discretion. The burden is on you to prove eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). With the Form I-131 you sent a Form I-134, dermatology clinic notes and a referral letter from Arusha, Baraka's passport, and photographs.

We need more evidence before we can reach a decision. Each concern is explained below, followed by the kind of evidence that would address it.

[[medical-urgency: The clinic notes from Arusha describe "multiple lesions" removed in 2025 and 2026 but do not say how many cancers are present now, whether any has spread, or what would happen if treatment were postponed. Suggested evidence: an updated report from Baraka's treating dermatologist or oncologist, with pathology results for the most recent lesions and the physician's view of how soon he must be treated.]]

[[treatment-unavailable: You state that specialized skin cancer surgery and radiation are not available to children in Tanzania. The referral letter, however, names a hospital in Moshi that removed earlier lesions, and nothing in the file explains why that hospital, or a center in Dar es Salaam or Nairobi, could not continue his care. Suggested evidence: a statement from a physician familiar with the options in the region explaining why the treatment Baraka needs cannot be provided there.]]

[[travel-feasibility: Because of his condition, Baraka must be shielded from daylight, and the referral letter warns that even brief exposure causes new burns. The request does not describe how he would travel for more than twenty hours, layovers included, without harmful exposure, or whether a medical escort would travel with him. Suggested evidence: a travel plan setting out the route and the protective measures to be used, and a physician's statement that
Page 1
{C07_RUN}
\f{C07_RUN}
he is fit to make the trip.]]

[[financial-support: Baraka's sponsor on the Form I-134 is a cousin in Columbus whose pay stubs show part-time wages. Nobody has estimated what surgery, radiation and follow-up visits would cost, and no hospital or charity has offered to pay for any of it. Suggested evidence: a cost estimate from the treating center and proof that the sponsor or others can pay it.]]

Please return your response, with this notice on top, so that it reaches us no later than {fmt("2027-09-09", 84)}. A response that arrives after that date may not be considered, and the request may then be decided on the present record. We cannot extend this deadline.

Sincerely,

Cornelius Adeyemi-Stroud
Immigration Services Officer
Page 2
{C07_RUN}
"""

# ---------------------------------------------------------------- n08
N08 = f"""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Parole Program

NOTICE OF INTENT TO DENY
Request for Parole (Form I-131)

Date: {fmt("2027-10-18")}
Receipt Number: IOE0564183270
Beneficiary: Abdirahman Yusuf Warsame
Requestor: Hodan Yusuf Warsame

A request for parole was filed for Abdirahman Yusuf Warsame, a 26-year-old citizen of Somalia living in Mogadishu, who has tuberculosis of the spine with collapse of two vertebrae and weakness in both legs. The request seeks parole for spinal surgery at a university hospital in Minneapolis, Minnesota.

Parole under INA 212(d)(5)(A) may be granted only temporarily, case by case, for urgent humanitarian reasons or significant public benefit, and only in the exercise of discretion. The requestor must establish eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). The record contains Form I-131, Form I-134, a surgeon's note and X-ray report from Mogadishu, a letter from the Minneapolis hospital, a copy of the beneficiary's passport, and a medical certificate.

After reviewing the record, USCIS proposes to deny this request. Each reason for the proposed denial is marked [X] below. An item marked [ ] was considered and is not a reason for the proposed denial.

[X] [[medical-urgency: Urgency of the medical need has not been established. The surgeon's note from Mogadishu is dated June 2026 and reports that Mr. Warsame had started a course of tuberculosis medicines; it does not say how he has responded to them, whether the leg weakness is getting worse, or why surgery is needed now.]]

[X] [[treatment-unavailable: Treatment is not shown to be unavailable in the home country or the region. The record shows that spinal operations are performed at a referral hospital in Nairobi, Kenya, and at teaching hospitals in Addis Ababa, Ethiopia, and the request does not say whether either was approached.]]

[ ] No U.S. physician or facility is shown to have accepted the beneficiary for treatment.

[ ] Payment of the costs of treatment, travel and living expenses is not shown.

[X] [[security: Required security and background checks could not be completed. Mr. Warsame's biographic information produced a possible match that USCIS could not resolve on the present record, and no police certificate was submitted from Somalia or from any other country where he has lived since the age of 16.]]

[X] [[documentation: Required documents are missing or deficient. The copy of Mr. Warsame's passport cannot be read in the photograph and signature areas, and the medical certificate in Somali was filed without an English translation certified by the translator.]]

[ ] Departure from the United States at the end of the parole period is not shown.

You may submit a written response with additional evidence. It must reach this office by {fmt("2027-10-18", 33)} (30 days from the date of this notice plus 3 days for mailing). If no response arrives by that date, USCIS will issue a decision based on the record as it stands.

Rosalind Achterberg
Adjudications Officer
"""

# ---------------------------------------------------------------- n09
N09_FOOT = "(continued on next page)"
N09_HEAD = "Page 2 -- Lina Meriem Benhaddou -- IOE0198452763"
N09 = f"""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Parole Program

DECISION ON FORM I-131 PAROLE REQUEST

Date: {fmt("2027-11-10")}
Receipt Number: IOE0198452763
Beneficiary: Lina Meriem Benhaddou
Requestor: Karim Benhaddou

1. This decision concerns the Form I-131 filed on July 2, 2027 by Karim Benhaddou of Philadelphia, Pennsylvania, for his niece, Lina Meriem Benhaddou, an eight-month-old girl who lives with her parents in Oran, Algeria.

2. According to the request, Lina has a fast-growing vascular tumor of the right thigh with Kasabach-Merritt phenomenon, a condition in which the tumor traps and destroys platelets, leaving her at risk of serious bleeding.

3. Parole under INA 212(d)(5)(A) is granted only temporarily, case by case, for urgent humanitarian reasons or significant public benefit. Parole is discretionary even when such reasons are shown.

4. The requestor bears the burden of proof and must establish eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).

5. USCIS issued a request for evidence on August 16, 2027 and received a response on September 30, 2027. The full record, including the response, has been reviewed: the Form I-131 and the uncle's statement, his Form I-134 and bank records, two letters from a pediatric hematologist in Oran, laboratory reports, a letter from a vascular anomalies clinic in Philadelphia, and photographs.

6. Having weighed all of the evidence, USCIS concludes that the request must be denied for the reasons stated in paragraphs 7 through 9. Paragraph 10 addresses the other family members named in the request.

7. [[treatment-unavailable: The Oran hematologist's letter states that Lina "is being treated with sirolimus and corticosteroids," to which her platelet count has "partially responded." The record thus shows that the medicines used for this condition are being given to her in Algeria, and it does not identify any further care, unavailable there or in Tunisia or France, that she would receive in the United States.]]

8. [[us-treatment-arranged: The response to the request for evidence contains a letter from the Philadelphia clinic offering Lina "an appointment for consultation." Agreeing to see a patient once is different from agreeing to treat her. No physician at the clinic has described a proposed treatment, how long it would last, or what result is expected.]]

9. [[financial-support: Mr. Benhaddou's Form I-134 lists income of $61,000 for a household of five, and his bank records show an average balance below $3,000. The clinic has not estimated what a consultation, imaging, any procedures and months of later visits would cost, and no charitable program has offered help. Nothing in the file shows who would pay for Lina's care, travel and stay, whether Mr. Benhaddou, her parents in Oran, or
{N09_FOOT}
\f{N09_HEAD}
anyone else.]]

10. [[other: The request also asks that Lina's mother, her two brothers, aged 7 and 10, and her grandmother be paroled with her. None of them is the subject of a Form I-131 of their own, and a filing fee was paid for Lina alone. USCIS cannot grant parole to anyone who has not been the subject of a filed request, and this decision concerns Lina only.]]

11. Because the requirements for parole have not been met, USCIS does not reach the question of whether parole would be warranted as a matter of discretion.

12. ORDER: The request for parole is denied.

13. No appeal lies from this decision, and USCIS will not accept a motion to reopen or reconsider it. A new Form I-131 may be filed at any time, with the filing fee then in effect and evidence that addresses the reasons above.

14. If parole is approved on a later request, a separate parole fee will be charged before the parole document is issued, unless the person shows that a statutory exception applies.

Adaeze Whitcombe-Farrell
Adjudications Officer
Humanitarian Parole Program
"""

# ---------------------------------------------------------------- n10
N10_RULE = "____________________"
N10 = f"""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Parole Program

REQUEST FOR EVIDENCE

Date: {fmt("2027-12-06")}
Receipt Number: IOE0746318259
Form: I-131
Beneficiary: Oksana Mykolaivna Hrytsenko
Requestor: Iryna Bondarchuk

Dear Ms. Bondarchuk:

You filed Form I-131 for your cousin, Oksana Mykolaivna Hrytsenko, a 19-year-old citizen of Ukraine living in Kharkiv, who lost both legs below the knee during shelling. You ask that she be paroled for two years to receive surgery on her residual limbs, prosthetic fitting and gait training at a limb-loss rehabilitation program in Baltimore, Maryland.

By statute, parole may be authorized only temporarily, case by case, for urgent humanitarian reasons or significant public benefit.[1] The person seeking parole must prove eligibility by a preponderance of the evidence.[2] USCIS has reviewed your Form I-131 and cover letter, a Form I-134, a discharge summary from a military hospital in Dnipro, a letter from a rehabilitation center in Lviv, a letter from the Baltimore program, and Oksana's own statement. The evidence does not yet allow a decision. Please address each of the following matters.

[[medical-urgency: The discharge summary from Dnipro, dated April 2027, records both amputations and the healing of the wounds, and nothing more recent was filed. No physician has stated whether Oksana now has pain, infection or bone overgrowth in the residual limbs that calls for surgery, or what would follow if fitting were delayed. Please submit a current assessment from a treating surgeon or rehabilitation physician.]]

[[treatment-unavailable: Your cover letter says that prosthetic services in Ukraine are overwhelmed. The record, however, includes a letter showing that Oksana was placed on a waiting list for fitting at the Lviv center,[3] and it does not say how long the wait is expected to be or whether centers in Poland that treat Ukrainian patients were considered. Please provide evidence from the Lviv center or another provider about when care could begin there.]]

{N10_RULE}
[1] INA 212(d)(5)(A); 8 CFR 212.5.
[2] Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
[3] Letter of the rehabilitation center in Lviv dated June 11, 2027, filed with the Form I-131.
\f[[us-treatment-arranged: The Baltimore program's letter invites Oksana to "apply for its international scholarship" but stops short of saying she has been accepted, that a surgeon will revise the residual limbs if that is needed, or how long fitting and training would take. Please submit a letter from the program confirming her acceptance, describing the treatment planned and its likely duration.]]

[[discretion: The record contains conflicting accounts of how Oksana was injured.[4] The discharge summary gives the date of injury as February 2, 2027, in Kharkiv; her own statement says she was hurt on March 14, 2027, while visiting relatives in Sumy. Please explain the discrepancy and submit any records that confirm the date and place of the injury.]]

[[temporary-stay: You ask for parole for two years. The request does not explain why that period is needed, and nothing in the record describes where Oksana would obtain prosthetic repairs, replacements and follow-up care after she returns to Ukraine. Please explain the length of stay requested and provide a plan for her care once she is home.]]

Send your response within 12 weeks of the date of this notice, with a copy of this notice on top. If you do not respond within that time, the request will be decided on the present record. No extension of this period is available.

Sincerely,

Solveig Marchetti-Owusu
Immigration Services Officer

{N10_RULE}
[4] Unexplained inconsistencies may affect the weight given to the evidence and the exercise of discretion.
"""

NOTICES = [
    ("c01-numbered-rfe-2p", "rfe", "2027-01-19", "IOE0713385246", 87, [C01_FOOT, C01_HEAD], C01),
    ("c02-lettered-noid", "noid", "2027-03-08", "IOE0952617034", 33, [], C02),
    ("c03-bulleted-denial", "denial", "2027-04-14", "IOE0384720915", None, [], C03),
    ("c04-headed-denial-2p", "denial", "2027-05-20", "IOE0619047382", None, [C04_FOOT, C04_HEAD, C04_LAST], C04),
    ("c05-runon-noid", "noid", "2027-06-22", "IOE0287560193", 30, [], C05),
    ("c06-quoting-rfe-denial", "denial", "2027-07-29", "IOE0471936825", None, [], C06),
    ("c07-headers-rfe-2p", "rfe", "2027-09-09", "IOE0839205617", 84, [C07_RUN, "Page 1", "Page 2"], C07),
    ("n08-checkbox-form-noid", "noid", "2027-10-18", "IOE0564183270", 33, [], N08),
    ("n09-numbered-paragraphs-denial-2p", "denial", "2027-11-10", "IOE0198452763", None, [N09_FOOT, N09_HEAD], N09),
    ("n10-footnoted-rfe-2p", "rfe", "2027-12-06", "IOE0746318259", 84, [], N10),
]
