#!/usr/bin/env python3
"""Writes src/NAME.txt and spec/NAME.spec.json for notices11. Run from the set's directory."""
import json, datetime as dt
N = {}
def add(name, kind, date, receipt, respond_by, furniture, text, grounds):
    N[name] = dict(kind=kind, date=date, receipt=receipt, respond_by=respond_by, furniture=furniture, text=text, grounds=grounds)
def plus(d, n): return (dt.date.fromisoformat(d) + dt.timedelta(days=n)).isoformat()

# r01 numbered denial, three pages
add("r01-numbered-denial-3p", "denial", "2027-01-19", "IOE0952273418", None,
 ["Humanitarian Parole Decision, IOE0952273418, page 2", "Humanitarian Parole Decision, IOE0952273418, page 3"],
"""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
Washington, DC 20529

January 19, 2027

Marisol Andrade Pineda
4417 Calloway Court
Charlotte, NC 28215

Receipt Number: IOE0952273418
Beneficiary: Josue Elias Andrade Pineda

DECISION

On September 30, 2026, you filed a Form I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records, asking that your brother, Josue Elias Andrade Pineda, a citizen of Honduras aged 34, be paroled into the United States so that he may be treated for acute myeloid leukemia.

The Secretary of Homeland Security may, in her discretion, parole a noncitizen into the United States temporarily, on a case by case basis, for urgent humanitarian reasons or significant public benefit. INA section 212(d)(5)(A). Parole is an extraordinary measure and is not granted to a person merely because treatment in the United States would be better than treatment at home.

It is the petitioner who must establish eligibility, by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010). USCIS has weighed every document in the record, including: a letter from Dr. Rigoberto Funes Mejia of Hospital Escuela in Tegucigalpa dated August 2, 2026; laboratory reports from July 2026; a Form I-134 signed by you; copies of your pay statements; and a letter from your pastor.

After review, USCIS has determined that the application must be denied. The reasons follow.

1. The medical records do not establish that Josue's condition requires treatment within a time frame that only parole could meet. Dr. Funes Mejia wrote in August 2026 that Josue had completed induction chemotherapy and was in first remission, and he recommended a stem cell transplant "in the coming months." No later report was provided, so USCIS cannot tell whether Josue remains in remission, whether his disease has returned, or why the transplant must take place in the
\fHumanitarian Parole Decision, IOE0952273418, page 2
United States now rather than on a schedule his Honduran physicians control.

2. You have not shown that an allogeneic transplant is beyond Josue's reach in Central America. The record itself mentions that a private center in San Pedro Sula performs such transplants and that a program in Guatemala City accepts patients from Honduras, but no letter from either center explains why it declined or could not accept him.

3. The financial evidence falls short of the likely cost. The estimate you submitted from the proposed hospital places the transplant and its aftercare at over $600,000, and your Form I-134 reports household income of $58,200 and savings of $9,400. No hospital charity approval, fundraising record or second sponsor appears in the record, and you did not say how the balance would be paid.

4. USCIS is not persuaded that Josue would leave the United States when treatment ends. Your letter states that the family hopes he will "stay close to us for good," and nothing describes the follow up care he would receive in Honduras or who would provide it after his return.

5. A check of government records shows that Josue was removed from the United States in 2016 after being encountered near Laredo, Texas, and that he gave a false name at the time. You did not address the removal or the false name, and the unexplained record of
\fHumanitarian Parole Decision, IOE0952273418, page 3
prior unlawful entry and misrepresentation raises a public safety and integrity concern that weighs against parole.

For these reasons, USCIS finds that you have not established urgent humanitarian reasons or significant public benefit warranting the parole of Josue Elias Andrade Pineda, and the application is denied.

There is no appeal from this decision, and a motion to reopen or reconsider may not be filed. You may submit a new Form I-131, with the required fee and new evidence, at any time.

If you have questions, you may call the USCIS Contact Center.

Sincerely,

Lorraine T. Mbeki
Chief, Humanitarian Affairs Branch
""",
[["medical-urgency", "The medical records do not establish that Josue's condition", "on a schedule his Honduran physicians control."],
 ["treatment-unavailable", "You have not shown that an allogeneic transplant", "could not accept him."],
 ["financial-support", "The financial evidence falls short of the likely cost.", "how the balance would be paid."],
 ["temporary-stay", "USCIS is not persuaded that Josue would leave", "who would provide it after his return."],
 ["security", "A check of government records shows that Josue was removed", "weighs against parole."]])

# r02 lettered RFE, two pages
add("r02-lettered-rfe-2p", "rfe", "2027-03-15", "IOE0968805127", plus("2027-03-15", 84),
 ["I-797E Request for Evidence | Page 1 of 2", "I-797E Request for Evidence | Page 2 of 2"],
"""Department of Homeland Security
U.S. Citizenship and Immigration Services

REQUEST FOR EVIDENCE

Notice Date: March 15, 2027
Receipt Number: IOE0968805127
Applicant: Farhana Akter Chowdhury
Beneficiary: Rafiul Islam Chowdhury

Dear Farhana Akter Chowdhury:

This office has received your Form I-131 requesting humanitarian parole for your grandson, Rafiul Islam Chowdhury, age four, a national of Bangladesh, to undergo surgical repair of tetralogy of Fallot. Before a decision can be made, additional evidence is required.

Parole under INA section 212(d)(5)(A) is discretionary and is reserved for urgent humanitarian reasons or significant public benefit. You bear the burden of showing that the beneficiary qualifies and merits a favorable exercise of discretion.

The record currently lacks the following:

(a) A commitment from a treating surgeon or hospital in the United States. The email from a patient coordinator at Lakeshore Children's Heart Institute says only that the institute "would be happy to review records." Submit a signed letter from the surgeon who would operate, confirming that Rafiul has been accepted, describing the planned operation, its expected date and the length of the hospital stay.

(b) Evidence that Rafiul can safely make the journey from Dhaka. His cardiologist reports oxygen saturation in the low 70s and episodes of cyanosis. Provide a statement from a physician addressing whether he can withstand about twenty hours of air travel with connections, whether supplemental oxygen or a medical escort is needed, and how these would be arranged.

(c) A plan for the family's care while in the United States. You state that Rafiul and his mother would stay with relatives in Columbus, Ohio, but you did not identify the relatives or describe their home. Provide the names and addresses of the persons who would house them, proof of those persons' immigration status, and an explanation of how the family would travel between Columbus and the institute, which is in Chicago,
I-797E Request for Evidence | Page 1 of 2
\fand how the mother would be supported while Rafiul is in hospital.

(d) Legible, translated copies of the medical records. Several pages of the echocardiogram report are photographs with the lower portion cut off, and the discharge summary from the National Heart Foundation Hospital is in Bengali with no translation. Submit complete copies, each foreign language document accompanied by a full English translation and the translator's signed statement of competence.

How to respond: Send all requested evidence together, with this notice on top, to the address shown below. Your response must be received within 84 days of the date of this notice. If you do not respond, USCIS may deny the application based on the record as it stands.

USCIS Humanitarian Affairs Branch
Attn: Request for Evidence
P.O. Box 40112
Washington, DC 20016

I-797E Request for Evidence | Page 2 of 2
""",
[["us-treatment-arranged", "A commitment from a treating surgeon or hospital", "the length of the hospital stay."],
 ["travel-feasibility", "Evidence that Rafiul can safely make the journey from Dhaka.", "how these would be arranged."],
 ["support-plan", "A plan for the family's care while in the United States.", "while Rafiul is in hospital."],
 ["documentation", "Legible, translated copies of the medical records.", "signed statement of competence."]])

# r03 headed NOID, two pages
add("r03-headed-noid-2p", "noid", "2027-04-20", "IOE0971430662", plus("2027-04-20", 33),
 ["Notice of Intent to Deny (IOE0971430662), continued"],
"""U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

April 20, 2027

NOTICE OF INTENT TO DENY

Receipt Number: IOE0971430662
Petitioner: Dinesh Wickramasinghe
Beneficiary: Chandrika Wickramasinghe Perera

Dear Mr. Wickramasinghe:

You filed a Form I-131 seeking parole for your mother, Chandrika Wickramasinghe Perera, 58, a citizen of Sri Lanka, who has been diagnosed with glioblastoma. You ask that she be allowed to enter for proton therapy and enrollment in a clinical trial at a cancer center in Houston, Texas.

Humanitarian parole may be authorized only for urgent humanitarian reasons or significant public benefit, and only where the beneficiary warrants a favorable exercise of discretion. The petitioner must prove both points, and a favorable decision cannot rest on assumptions the record does not support.

USCIS has reviewed the submitted evidence and intends to deny the application for the reasons discussed under each heading below.

Current Medical Condition

The most recent medical document is an MRI report from November 2026, written before her second surgery. The record does not indicate how she responded to surgery and radiation in Colombo, what her treating neurosurgeon now recommends, or whether her doctors regard the proposed trial as suitable given her present condition.

Treatment in Sri Lanka and the Region

Your own evidence shows that your mother received surgery, radiation and temozolomide at the National Cancer Institute in Maharagama. The letter from Dr. Asanka Jayawardena states that proton therapy is "preferable," not that it is essential, and proton centers in India and Singapore accept international patients. You have not explained why the standard treatment she is already receiving at home, or proton therapy in the region, would not meet her needs.

Visa Eligibility

Your mother held a B1/B2 visa issued in 2019 and visited you twice without incident. Nothing indicates that she applied for a new visitor visa for medical treatment, was refused one, or could not obtain an interview in time. Parole is not a means to bypass the ordinary visa process when that process is open to the beneficiary.
\fNotice of Intent to Deny (IOE0971430662), continued
Discretionary Factors

The record contains two different birth dates for your mother, one on the Form I-131 and another on her passport page, and the names of her children differ between the I-131 and your own earlier filings. These discrepancies were not explained, and they cast doubt on the reliability of the information provided, which counts against granting parole as a matter of discretion.

Response

You may submit evidence or argument to overcome the reasons stated above. Your response must reach this office within 33 days of the date of this notice. Include a copy of this notice with your response. Failure to respond will result in a decision on the existing record.

Sincerely,

Gareth O. Lindqvist
Supervisory Adjudications Officer
""",
[["medical-urgency", "The most recent medical document is an MRI report", "suitable given her present condition."],
 ["treatment-unavailable", "Your own evidence shows that your mother received surgery", "would not meet her needs."],
 ["other-avenues", "Your mother held a B1/B2 visa issued in 2019", "open to the beneficiary."],
 ["discretion", "The record contains two different birth dates", "as a matter of discretion."]])

# r04 unheaded paragraph denial, one paragraph holding two grounds
add("r04-paragraph-denial", "denial", "2027-05-27", "IOE0980017745", None, [],
"""U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
Washington, DC 20529

May 27, 2027

Receipt Number: IOE0980017745

Luz Amparo Restrepo Cardona
902 Hollister Avenue, Apt. 5
Elizabeth, NJ 07201

Dear Ms. Restrepo Cardona:

This letter concerns the Form I-131 you filed on behalf of your nephew, Mateo Restrepo Salazar, twelve years old and a citizen of Colombia, who suffered severe burns to his face and hands in a kitchen fire in 2025. You requested parole so that he may undergo reconstructive surgery in the United States. Having considered the full record, USCIS denies the application.

Parole is granted sparingly, only for urgent humanitarian reasons or significant public benefit, and only to those who merit it as a matter of discretion. The burden of establishing eligibility rests with the petitioner.

The letters from Dr. Hernan Ocampo in Medellin describe the contractures that limit Mateo's hands and recommend further surgery, but no surgeon or hospital in this country has committed to treating him. The only reference to a United States provider is a printed web page about a burn reconstruction program in Boston; there is no letter of acceptance, no treatment plan and no indication that the program has reviewed his case.

The record also does not show how Mateo's surgery, travel and stay would be paid for. Your Form I-134 lists annual earnings of $31,800 for a household of four, and you submitted no other source of funds. Additionally, you have not described where Mateo and the adult accompanying him would live during several months of staged operations and therapy, how he would get to his appointments, or which adult would tend to him between procedures.

Finally, you ask that Mateo be allowed to remain after his treatment to attend school in New Jersey while his wounds continue to heal. Enrollment in school does not amount to an urgent humanitarian need, and USCIS does not find that this request supports parole.

You may not appeal this decision or file a motion to reopen or reconsider it. A new Form I-131 may be filed, with the fee, if you obtain evidence that addresses the concerns above.

Sincerely,

Beatriz K. Olaniyan
Director, Humanitarian Affairs Branch
""",
[["us-treatment-arranged", "The letters from Dr. Hernan Ocampo in Medellin", "has reviewed his case."],
 ["financial-support", "The record also does not show how Mateo's surgery", "no other source of funds."],
 ["support-plan", "Additionally, you have not described where Mateo", "between procedures."],
 ["other", "Finally, you ask that Mateo be allowed to remain", "this request supports parole."]])

# r05 bulleted RFE
add("r05-bulleted-rfe", "rfe", "2027-07-06", "IOE0989942063", "2027-09-28", [],
"""REQUEST FOR EVIDENCE
U.S. Citizenship and Immigration Services

Date: July 6, 2027
Receipt Number: IOE0989942063
Form: I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Beneficiary: Kwabena Owusu Mensah

Dear Abena Owusu:

We are writing about the request for parole you submitted for your son, Kwabena Owusu Mensah, ten years old, who lives in Kumasi, Ghana, and has sickle cell disease. You ask that he be paroled to receive a bone marrow transplant at Grayfield University Hospital in Atlanta.

To approve parole, USCIS must be satisfied that urgent humanitarian reasons or a significant public benefit justify it and that the beneficiary merits a favorable exercise of discretion. The evidence provided so far is not sufficient. Please submit the evidence described below.

\u2022 Current information on Kwabena's health. The letter from Komfo Anokye Teaching Hospital dated December 2026 notes a stroke in 2025 and frequent pain crises, but it does not say how often he is now hospitalized, whether he is receiving transfusions, or what his physicians expect to happen if the transplant is delayed. Provide a letter written within the last three months by his treating physician addressing these points.
\u2022 Proof that the costs will be met. Grayfield University Hospital estimates the transplant at $420,000 and asks for a deposit before admission. Submit evidence of the deposit or of a funding commitment, such as a letter from the hospital's international patient office, a charity grant or a sponsor's Form I-134 with tax returns and bank records.
\u2022 Evidence that Kwabena's stay will be temporary. Describe how long he and his caregiver expect to remain in the United States, what follow up care he will need after discharge, whether that care can be provided in Ghana, and the arrangements for their return.

Your response must be received by September 28, 2027. Send the evidence with a copy of this notice. USCIS will not grant an extension of time.

Officer 2241
Humanitarian Affairs Branch
""".replace("\\u2022", "\u2022"),
[["medical-urgency", "Current information on Kwabena's health.", "addressing these points."],
 ["financial-support", "Proof that the costs will be met.", "tax returns and bank records."],
 ["temporary-stay", "Evidence that Kwabena's stay will be temporary.", "the arrangements for their return."]])

# r06 numbered NOID
add("r06-numbered-noid", "noid", "2027-09-13", "IOE0993358210", plus("2027-09-13", 30), [],
"""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

NOTICE OF INTENT TO DENY

September 13, 2027

Receipt Number: IOE0993358210

Nguyen Thi Thanh Hoa
1185 Brookhurst Lane
Garden Grove, CA 92840

RE: Parole request for Tran Minh Khang

USCIS has reviewed the Form I-131 you filed for your grandson, Tran Minh Khang, a two year old citizen of Vietnam with liver failure caused by biliary atresia, for whom a liver transplant is proposed. Parole may be authorized only on a case by case basis for urgent humanitarian reasons or significant public benefit, and the petitioner must show that the beneficiary qualifies.

You submitted a letter from Dr. Pham Van Duc of the National Children's Hospital in Hanoi, laboratory results, a Form I-134 from your son, and photographs of the child.

Based on this evidence, USCIS intends to deny the application because:

1. The record does not show that Khang's parents sought a visa for him. Children traveling for medical care may obtain a B-2 visa, and the U.S. Embassy in Hanoi offers expedited appointments for urgent medical cases. You did not state whether an appointment was requested or refused, and parole is not granted to avoid an available visa process.

2. Nothing describes how a child in liver failure would be transported from Hanoi to the United States. Dr. Pham notes ascites and a tendency to bleed. USCIS needs a physician's opinion that Khang can travel, and details of the flight, any medical escort and the adults who would accompany him.

3. No transplant center has accepted Khang as a patient. The letter you provided from a hospital in San Diego says nothing beyond acknowledging the referral and a pending records review. A transplant program's acceptance, the identity of a living or deceased donor pathway, and an estimated date are required before USCIS can find that treatment is arranged.

4. Several documents in the record cannot be relied upon in their present form. The laboratory results are in Vietnamese without translation, and the letter from Dr. Pham is unsigned and undated.

You may submit a response, with any additional evidence, within 30 days of the date of this notice. If you do not respond by that time, the application will be decided on the present record.

Sincerely,

Harold J. Esposito
Section Chief
""",
[["other-avenues", "The record does not show that Khang's parents sought a visa", "avoid an available visa process."],
 ["travel-feasibility", "Nothing describes how a child in liver failure", "the adults who would accompany him."],
 ["us-treatment-arranged", "No transplant center has accepted Khang", "that treatment is arranged."],
 ["documentation", "Several documents in the record cannot be relied upon", "unsigned and undated."]])

# r07 unheaded paragraph RFE; the third paragraph holds two grounds
add("r07-paragraph-rfe", "rfe", "2027-02-08", "IOE0959106384", plus("2027-02-08", 87), [],
"""U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
Washington, DC 20529

February 8, 2027

Receipt Number: IOE0959106384

Karim Haddad
77 Ridgeline Drive
Dearborn, MI 48126

Request for Additional Evidence

Mr. Haddad:

Your Form I-131 asks that your daughter, Lina Haddad, 16, a citizen of Lebanon, be paroled to receive CAR T cell therapy for relapsed acute lymphoblastic leukemia. USCIS has begun its review and needs further information before reaching a decision. As the petitioner, you must establish that parole is warranted for urgent humanitarian reasons and that Lina merits a favorable exercise of discretion.

The letter from Dr. Nadim Khoury at a hospital in Beirut recommends CAR T cell therapy after a second relapse, but it does not explain whether the therapy is offered in Lebanon or nearby. USCIS understands that cell therapy programs exist at centers in Jordan, Turkey and the United Arab Emirates. Please provide statements from Lina's physicians explaining whether she has been referred to any such center and with what result.

Records checks disclosed that Lina's mother, who you state would accompany her, was convicted in 2021 of an offense in Lebanon relating to the forgery of official documents. Submit the court record of that case, its final disposition, and any evidence of rehabilitation, or name another adult who would travel with Lina instead.

The Form I-134 you provided shows a cost estimate of $475,000 from the treating hospital in Philadelphia but lists assets of only $40,000; explain how the remaining cost would be covered and provide supporting records. In addition, describe where Lina and her companion would live during treatment, which requires her to stay near the hospital for at least eight weeks after infusion, and who would meet their daily expenses.

Please send your response, together with this request, so that it is received within 87 days of the date on this notice. The deadline cannot be extended.

Sincerely,

Officer 1187
Humanitarian Affairs Branch
""",
[["treatment-unavailable", "The letter from Dr. Nadim Khoury at a hospital in Beirut", "and with what result."],
 ["security", "Records checks disclosed that Lina's mother", "who would travel with Lina instead."],
 ["financial-support", "The Form I-134 you provided shows a cost estimate", "provide supporting records."],
 ["support-plan", "In addition, describe where Lina and her companion", "meet their daily expenses."]])

# n08 roman numeral sections denial
add("n08-roman-sections-denial", "denial", "2027-06-30", "IOE0984471590", None, [],
"""DEPARTMENT OF HOMELAND SECURITY
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

DECISION ON APPLICATION FOR PAROLE

Date: June 30, 2027
Receipt Number: IOE0984471590
Petitioner: Imran Qureshi
Beneficiary: Ayesha Qureshi

I. BACKGROUND

The petitioner, Imran Qureshi, a lawful permanent resident living in Edison, New Jersey, filed a Form I-131 on February 2, 2027, for his daughter, Ayesha Qureshi, a five year old citizen of Pakistan diagnosed with Wilms tumor of the right kidney. The application seeks parole for surgery and chemotherapy at a children's hospital in New York. The petitioner submitted medical letters from Lahore, an acceptance letter from the New York hospital, a Form I-134 with tax returns, and a statement describing the family's circumstances.

II. LEGAL FRAMEWORK

Under INA section 212(d)(5)(A), parole may be granted in the exercise of discretion, temporarily and on a case by case basis, for urgent humanitarian reasons or significant public benefit. The petitioner bears the burden of proof, and parole may be denied even where urgent need is shown if discretion is not favorably exercised.

III. ANALYSIS

The petitioner has established that Ayesha has a serious illness and that the New York hospital has accepted her. Those points are not in dispute.

However, the petitioner has not explained why Ayesha's mother did not pursue an immigrant visa for her. The petitioner's Form I-130 for his wife and children was approved in 2024 and the case is now at the National Visa Center, with a current priority date. Nothing in the record shows that an expedited interview was requested on medical grounds. Parole is not intended to move a beneficiary ahead of the immigrant visa process when that process is available and near completion.

The application asks for parole of two years for Ayesha, her mother and her two older brothers, although the oncologist's letter estimates treatment at seven months. The petitioner's statement says the family intends to "settle together" in New Jersey. USCIS finds that the request is for a stay longer than the treatment requires and that the family does not intend to depart when it ends.

The record also shows that the petitioner's wife, who would accompany Ayesha, was refused a visitor visa in 2023 after an officer found that she had submitted a fabricated employment letter. The petitioner did not acknowledge the refusal or the finding in the application, and the form answered "No" to the question about prior visa refusals. This omission counts heavily against the request.

IV. CONCLUSION

Because the petitioner has not shown that parole is warranted, the application is denied. This decision may not be appealed. The petitioner may file a new Form I-131 with fee and evidence that responds to the findings above.

Adjudications Officer 3056
""",
[["other-avenues", "However, the petitioner has not explained why Ayesha's mother", "near completion."],
 ["temporary-stay", "The application asks for parole of two years", "depart when it ends."],
 ["discretion", "The record also shows that the petitioner's wife", "counts heavily against the request."]])

# n09 cover letter with an attachment listing "Item N of 3"
add("n09-attachment-items-rfe", "rfe", "2027-10-04", "IOE0997215836", "2027-12-27", ["RFE attachment, IOE0997215836"],
"""U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
Washington, DC 20529

October 4, 2027

Receipt Number: IOE0997215836

Oksana Melnyk
3321 Pinecrest Road
Spokane, WA 99208

Dear Ms. Melnyk:

USCIS is reviewing the Form I-131 you filed for your father, Vasyl Melnyk, 71, a citizen of Ukraine, who has advanced Parkinson's disease and a recently diagnosed cancer of the larynx. Additional evidence is needed before the application can be decided. The evidence requested is described in the attachment to this letter, item by item.

The petitioner must show that urgent humanitarian reasons or a significant public benefit justify parole and that the beneficiary merits it as a matter of discretion. USCIS will consider everything you send, but evidence that does not address the items in the attachment is unlikely to change the outcome.

Your response must be received by December 27, 2027. Return this letter and the attachment with your evidence, in one envelope.

Sincerely,

Officer 0874
Humanitarian Affairs Branch

Enclosure: Attachment (1 page)
\fRFE attachment, IOE0997215836
ATTACHMENT: EVIDENCE REQUESTED

Item 1 of 3
The record contains a Form I-134 from you and a letter from your employer, but no evidence of the cost of surgery for laryngeal cancer and the care your father's Parkinson's disease requires, or of how it would be paid. Submit a written estimate from the treating hospital and evidence that you or another sponsor can meet it, such as bank statements, tax transcripts or a hospital financial clearance.

Item 2 of 3
You named a hospital in Seattle where your father would be treated, but you did not submit any letter from it. Provide a signed statement from the physician who would treat him, stating that your father has been accepted, the treatment planned, and how long it is expected to last.

Item 3 of 3
Your application asks that your father's caregiver, Halyna Bondar, also be paroled, yet no separate I-131 has been submitted on her behalf, and nothing in the record explains her relationship to your father or why a family member cannot accompany him. If you wish USCIS to consider her travel, file a separate application for her and explain why her presence is necessary.
""",
[["financial-support", "The record contains a Form I-134 from you", "a hospital financial clearance."],
 ["us-treatment-arranged", "You named a hospital in Seattle", "how long it is expected to last."],
 ["other", "Your application asks that your father's caregiver", "why her presence is necessary."]])

# n10 run-in headings NOID (heading starts the paragraph, on the same line)
add("n10-runin-headings-noid", "noid", "2027-11-22", "IOE0999640271", plus("2027-11-22", 30), [],
"""U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

Notice of Intent to Deny

November 22, 2027
Receipt Number: IOE0999640271
Petitioner: Samuel Tesfaye Bekele
Beneficiary: Meron Tesfaye

Dear Mr. Bekele:

USCIS has considered the Form I-131 you filed on behalf of your sister, Meron Tesfaye, 39, a citizen of Ethiopia, who you state needs treatment for pulmonary arterial hypertension at a medical center in Minneapolis. For the reasons given in the paragraphs below, each introduced by the requirement it addresses, USCIS intends to deny the application.

Parole is discretionary and is limited to urgent humanitarian reasons or significant public benefit. You must establish by a preponderance of the evidence that your sister qualifies.

Medical need. The only medical evidence is a two line note from a clinic in Addis Ababa dated March 2027 stating that Meron has "PAH" and "needs advanced care abroad." It gives no test results, no description of her present symptoms, and no opinion on how quickly her condition is expected to worsen without treatment.

Financial support. Your Form I-134, tax returns and the letter from the medical center's international office confirming a deposit of $50,000 are sufficient on this point. No further evidence is needed.

Travel. Patients with advanced pulmonary hypertension may require oxygen during air travel. The record does not include a physician's statement that Meron can fly, or any plan for oxygen on board or for the long connection the itinerary shows in Frankfurt.

Prior conduct. Records available to USCIS indicate that Meron was detained in 2022 at an airport in the Gulf while carrying a passport issued to another person. You have not addressed this incident, and it raises concerns about identity and public safety that must be resolved before parole can be considered.

Documents. The birth certificate establishing your relationship is in Amharic, and the English version attached to it is neither complete nor certified by the translator. The passport copy is too dark to read the expiration date.

You may respond within 30 days of the date of this notice. A response that does not address each deficiency may result in denial.

Sincerely,

Naomi R. Castellanos
Adjudications Officer
""",
[["medical-urgency", "The only medical evidence is a two line note", "worsen without treatment."],
 ["travel-feasibility", "Patients with advanced pulmonary hypertension may require oxygen", "the itinerary shows in Frankfurt."],
 ["security", "Records available to USCIS indicate that Meron was detained", "before parole can be considered."],
 ["documentation", "The birth certificate establishing your relationship", "read the expiration date."]])

if __name__ == "__main__":
    for name, n in N.items():
        open(f"src/{name}.txt", "w", encoding="utf-8").write(n["text"])
        spec = {"source": f"src/{name}.txt", "kind": n["kind"], "date": n["date"], "receipt": n["receipt"]}
        if n["respond_by"]: spec["respond_by"] = n["respond_by"]
        spec["furniture"] = n["furniture"]
        body = json.dumps({k: v for k, v in spec.items()}, ensure_ascii=False)[:-1]
        gl = ",\n".join("  " + json.dumps(g, ensure_ascii=False) for g in n["grounds"])
        open(f"spec/{name}.spec.json", "w", encoding="utf-8").write(body + ",\n \"grounds\": [\n" + gl + "]}\n")
        print(name, n["respond_by"], len(n["grounds"]))
