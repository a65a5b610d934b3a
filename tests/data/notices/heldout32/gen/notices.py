# Notice texts of notices32, written from scratch. Each ground is marked in
# place as [[category: ...]]; gen/write.py strips the marks and writes src/
# and spec/. One paragraph a line; "\f" is a page break.
# Tuple: (name, kind, date, receipt, days to respond or 0, furniture, text)

C01 = """DEPARTMENT OF HOMELAND SECURITY
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
REQUEST FOR EVIDENCE
Notice Date: January 18, 2027
Receipt Number: IOE6204918357
Form Type: I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Requestor: Haoran Lin
Beneficiary: Yutong Lin
On November 30, 2026, USCIS received a Form I-131 asking that Yutong Lin, a girl of seven who is a citizen of China and lives in Chengdu, be paroled into the United States to take part in a clinical study of an investigational drug for diffuse midline glioma at a children's hospital in Nashville, Tennessee. The requestor is her uncle, a lawful permanent resident who lives in Franklin, Tennessee.
Section 212(d)(5)(A) of the Immigration and Nationality Act, 8 U.S.C. 1182(d)(5)(A), allows the Secretary to parole a noncitizen into the United States temporarily, one request at a time, when there is an urgent humanitarian reason or a significant public benefit. The requestor bears the burden of showing that Yutong qualifies, and must do so by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). Under that standard the officer asks whether each fact claimed is probably true, looking at every document by itself and at the whole file together. A request that meets the standard is still decided as a matter of discretion.
The request arrived with a letter from Dr. Zhou Min of a provincial cancer hospital in Chengdu dated October 21, 2026; reports of MRI scans taken in September and November 2026; an email from the study coordinator in Nashville dated November 3, 2026; a Form I-134 signed by the requestor, with his 2025 federal tax return; and copies of Yutong's passport and birth certificate with English translations.
This evidence does not yet show that Yutong is eligible. Each numbered item below states what is lacking and what you may send to address it.
1. [[treatment-unavailable: Dr. Zhou writes that Yutong finished radiation therapy in Chengdu in October 2026 and that "no further targeted therapy is offered in our province." Dr. Zhou does not address whether the investigational drug, or a study of a comparable agent, is open to children at hospitals in other Chinese provinces or elsewhere in the region, or whether Yutong was screened for any such study. Provide a statement from a treating physician that reviews the options inside China and nearby and explains why none of them is open to Yutong.]]
2. [[us-treatment-arranged: The coordinator's email of November 3, 2026 states only that Yutong "may be a candidate" and that her eligibility "will be confirmed at a screening visit." Her enrollment thus turns on tests that have not been done, and the file is silent on who would treat her if the screening rules her out. Submit a letter from the study's principal investigator or the treating oncologist in Nashville confirming the screening date, the criteria she must meet, and the care the hospital would give her if she does not qualify.]]
3. [[financial-support: The Form I-134 reports an annual income of $71,400 for a household of four. The study sponsor supplies the investigational drug, but the file says nothing about who would pay for the screening visit, the repeated imaging, any hospital admission for side effects, or the family's airfare from Chengdu. Send an itemized estimate from the hospital's billing office for every cost the sponsor does not cover, together with evidence of the money that would meet those costs, such as bank records or signed pledges.]]
4. [[support-plan: A parent would have to come to each visit with Yutong, and the protocol calls for weekly appointments during the first two months. The request says that she and her mother "will stay with family" but does not say where that family lives, how far the home is from the hospital, how Yutong would reach her appointments, or who would look after her younger brother
Lin, Y. -- IOE6204918357 -- page 1 of 2
\fRequest for Evidence, continued -- Yutong Lin
while her mother is in Tennessee. Provide a signed statement from the host household giving its address, a description of the transport to be used, and the arrangements made for the family members who stay in China.]]
5. [[temporary-stay: The study protocol lasts up to two years, with monthly visits once the first two months are over, yet the request asks for one year of parole and is silent about what would happen when that year ends. Explain how long Yutong is expected to remain in the United States, whether any study visits could take place in China, and which physician in Chengdu would resume her care after she returns.]]
How to respond: Place this notice on top of your response and mail everything together in a single package to the Humanitarian Affairs Branch. A response must arrive within 12 weeks of the Notice Date printed above, and USCIS has no authority to allow more time. If nothing arrives by then, USCIS will decide the request on the present record, which may lead to its denial.
Respectfully,
R. Kessendorf
Adjudications Officer
Lin, Y. -- IOE6204918357 -- page 2 of 2
"""

C02 = """NOTICE OF INTENT TO DENY
Department of Homeland Security
U.S. Citizenship and Immigration Services
February 24, 2027
Receipt No.: IOE2481937065
Petitioner: Claire Reuter
Beneficiary: Mathis Reuter
RE: Form I-131, request for parole for medical treatment
Claire Reuter asks USCIS to parole her son Mathis, a citizen of Luxembourg aged nine who lives with her in Dudelange, so that he can join an investigational treatment program for Niemann-Pick disease type C at a university hospital in Ann Arbor, Michigan. She would travel with him.
USCIS may parole someone abroad only for urgent humanitarian reasons or a significant public benefit, and only after weighing the particular facts of the case. It is the petitioner's task to prove every element of the request by a preponderance of the evidence, that is, to show that each is more likely so than not. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
The file contains a letter from Mathis's pediatric neurologist in Luxembourg City dated December 1, 2026; a summary of his hospital admissions from 2024 through 2026, written in French and German; a letter from the program in Ann Arbor confirming that a place is reserved for him; a Form I-134 signed by a cousin living in Michigan with bank statements; and the family's passports. Having reviewed these documents, USCIS proposes a denial, for the reasons in paragraphs A through D.
A. [[treatment-unavailable: The neurologist reports that Mathis has taken miglustat since 2025, supplied through Luxembourg's national health fund, and that the family "would prefer" the American program. Reference centers for lysosomal storage disorders operate in neighboring countries and take part in their own trials and early access schemes for this disease. The letter does not say that Mathis was referred to one of these centers, or why the care they offer would not serve him.]]
B. [[medical-urgency: The neurologist describes a slow loss of balance and speech over two years and calls the disease "progressive," but the most recent examination mentioned took place in June 2026. No physician explains how Mathis's condition has changed since then, what the American program is expected to achieve for him, or what he would lose by beginning it a year later.]]
C. [[other-avenues: As a citizen of Luxembourg, Mathis may ask for permission to travel through the Visa Waiver Program's online system, or for a B-2 visitor visa, either of which can be used for medical care. The petition does not say that either route was tried, and gives no reason to think that parole, which is reserved for people who have no ordinary way to come, is needed here.]]
D. [[documentation: The summary of hospital admissions is written in French and German, and no English translation was submitted. The neurologist's letter in English is unsigned and has no signed certificate from whoever prepared it attesting to the translation's fidelity and the translator's command of both languages, so it cannot be given weight.]]
You may send a written rebuttal and further evidence. USCIS will consider a response that is received no more than thirty (30) days after the date on which this notice was issued. If no response is received, the petition will be denied.
Sincerely,
M. Oyelaran-Voss
Section Chief, Humanitarian Affairs Branch
"""

C03 = """DECISION ON APPLICATION FOR PAROLE
Department of Homeland Security
U.S. Citizenship and Immigration Services
Decision date: March 15, 2027
Receipt Number: IOE8815402739
Applicant: Wai Man Chan
Beneficiary: Hoi Ying Chan
Wai Man Chan, a resident of Sha Tin in Hong Kong, asked that his daughter Hoi Ying, now ten months old, be paroled into the United States for treatment of pulmonary vein stenosis at a children's hospital in Boston, Massachusetts. After reviewing everything in the record, USCIS denies the application.
The applicant had to show, by a preponderance of the evidence, that an urgent humanitarian reason or a significant public benefit supports parole and that Hoi Ying deserves a favorable exercise of discretion. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). Parole is granted only case by case and only temporarily. 8 U.S.C. 1182(d)(5)(A).
The applicant submitted a discharge summary from a public hospital in Hong Kong, two echocardiogram reports, a letter from her cardiologist dated December 9, 2026, a printed page describing the Boston hospital's program for pulmonary vein disease, a Form I-134 signed by Hoi Ying's grandmother, and bank statements from Hong Kong. The application does not meet the standard, for these reasons:
&bull; [[us-treatment-arranged: The only item from the Boston hospital is a page of general information about its program, of the kind given to any family that inquires. No physician there has reviewed Hoi Ying's scans or agreed to see her, and the application does not describe what procedure she would have, when, or for how long she would be under the hospital's care.]]
&bull; [[financial-support: The cardiologist in Hong Kong estimates the cost of treatment in Boston at roughly $480,000, a figure that does not come from the hospital itself. The grandmother's Form I-134 reports a pension and savings that together come to well under a tenth of that amount, and no hospital charity, insurer or other sponsor has promised to pay the rest.]]
&bull; [[travel-feasibility: Hoi Ying needs supplemental oxygen at home, according to the discharge summary, yet the application does not say how she would make a journey of more than fifteen hours, whether a physician judged her able to fly, or whether an air ambulance or a medical escort was arranged.]]
&bull; [[temporary-stay: The cardiologist writes that children with this disease often need catheter procedures every six to eight weeks "for an extended period." The application asks for parole of six months but does not explain how the treatment would be finished in that time, or which physicians in Hong Kong would continue it afterwards.]]
This decision cannot be appealed to the Administrative Appeals Office. Nor may a motion to reopen or reconsider be filed. The applicant may submit a new Form I-131, with the filing fee and evidence that responds to the reasons above.
J. Tremblay-Okafor
Supervisory Adjudications Officer
"""

C04 = """Department of Homeland Security
U.S. Citizenship and Immigration Services
NOTICE OF DENIAL
Date: April 20, 2027
Receipt: IOE3057719264
Requestor: Jordi Puig Casals
Beneficiary: N&uacute;ria Puig Ribes
BACKGROUND
Jordi Puig Casals filed a Form I-131 on November 2, 2026, requesting parole for his daughter N&uacute;ria, a citizen of Andorra aged 24 who lives in Escaldes, so that she could be evaluated and treated in a research program for rare bone disorders at a university hospital in Philadelphia, Pennsylvania. N&uacute;ria has fibrodysplasia ossificans progressiva. USCIS asked for more evidence on January 11, 2027, and received the response on March 30, 2027.
LEGAL FRAMEWORK
The Secretary of Homeland Security may parole a noncitizen into the United States for urgent humanitarian reasons or significant public benefit. 8 U.S.C. 1182(d)(5)(A). The requestor must establish each fact on which the request depends by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). Parole is discretionary, and a request that satisfies the standard may still be denied if the unfavorable factors outweigh the favorable ones.
ANALYSIS
Whether treatment is available closer to home
[[treatment-unavailable: N&uacute;ria's physician in Andorra refers her to a rheumatology unit in Barcelona, which has followed her since childhood and, according to the clinic's own 2026 report, prescribes the medicine approved for this disease in Europe. The response states that the Philadelphia program is "the world's leading center," but it does not show that the Barcelona unit has declined to treat her, that the medicine is unavailable to her there, or that any care she needs is offered only in the United States.]]
Urgency of the treatment sought
[[medical-urgency: The record shows that N&uacute;ria had a flare affecting her shoulders in 2025 and that her jaw movement has narrowed over time. No physician explains what change in her condition makes travel necessary now, and the Barcelona report of December 2026 describes her as "stable between flares." The response adds a letter from a family friend who is a nurse, but she has not examined N&uacute;ria and does not address urgency.]]
Funding
[[financial-support: The Philadelphia program sent an estimate of $96,000 for an evaluation and twelve months of treatment and monitoring. Mr. Puig's Form I-134 lists a salary of 41,000 euros a year, and the only other resources named are a savings account holding 18,500 euros and a statement by an uncle that he "will help as needed." The response does not say how much the uncle would give, does not include his financial records, and does not
Notice of Denial -- Puig Ribes -- 1 of 2
\fIOE3057719264 (page 2)
identify any insurer or charity that would take on the balance.]]
Return to Andorra
[[temporary-stay: The program's letter describes monitoring "for at least two years" after the start of treatment, with visits every three months. The request is for one year of parole, and the response does not say whether the later visits could be done in Barcelona, who in Andorra or Spain would receive her records, or what she would do if the program asked her to remain longer.]]
Fitness to travel
The Request for Evidence asked how N&uacute;ria would travel safely given the risk that a fall or injury could bring on a flare. The response includes a travel plan prepared by her physician, with assistance at each airport and a seat allowing her to keep her legs extended. This point is satisfied.
CONCLUSION
For the reasons given under "Whether treatment is available closer to home," "Urgency of the treatment sought," "Funding" and "Return to Andorra," the requestor has not met his burden, and the request is denied. There is no appeal from this decision to the Administrative Appeals Office. A new Form I-131 may be filed with the required fee and new evidence.
D. Halvorsen-Mbeki
Adjudications Officer
Notice of Denial -- Puig Ribes -- 2 of 2
"""

C05 = """NOTICE OF INTENT TO DENY
Department of Homeland Security
U.S. Citizenship and Immigration Services
Issued: May 11, 2027
Receipt Number: IOE5139026684
Petitioner: Sabine Wohlwend
Beneficiary: Andreas Wohlwend
Sabine Wohlwend has asked USCIS to parole her husband Andreas, a citizen of Liechtenstein aged 54 who lives in Schaan, so that he may be treated for Erdheim-Chester disease at a cancer center in New York.
Parole is available for urgent humanitarian reasons or significant public benefit, and it is decided one case at a time. 8 U.S.C. 1182(d)(5)(A). The petitioner carries the burden of showing, by a preponderance of the evidence, that her husband qualifies. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). USCIS has weighed the hematologist's letter from Switzerland, the biopsy and imaging reports, a message from the New York center, Form I-134 and the account statements, and the couple's passports. For the reasons set out in the next two paragraphs, USCIS intends to deny the petition.
[[treatment-unavailable: The hematologist in St. Gallen who diagnosed Mr. Wohlwend in 2026 writes that he has begun a targeted oral drug and that his response "will be reassessed after three months," which shows that treatment for this disease is already being given to him in Switzerland, where residents of Liechtenstein are routinely cared for, and the letter does not claim that any further therapy he needs is out of reach in Europe.]] [[us-treatment-arranged: Moreover, the message from the New York center is a reply from its international patient office saying that it "would be pleased to arrange a consultation," and it names no physician who has read Mr. Wohlwend's records, no plan of treatment, and no date on which he would be seen.]]
[[financial-support: The Form I-134 signed by the petitioner shows a joint account holding about 62,000 Swiss francs, and the petition gives no estimate of what a stay for treatment in New York would cost or how any shortfall would be paid, while Mr. Wohlwend's Swiss insurer has written that it covers treatment abroad only in an emergency.]] [[travel-feasibility: His pulmonologist reports that the disease has reached the tissue around his lungs and that he becomes breathless after a short walk, but no physician addresses whether it is safe for him to fly across the Atlantic, whether he needs oxygen on board, or who would travel with him.]]
Each of these points would be enough on its own to deny the petition. A response, if any, must reach USCIS by June 13, 2027; that date allows thirty days from the date of this notice and three more for mailing. After that date USCIS will decide the petition on the record as it stands.
K. Fairbrother
Adjudications Officer, Humanitarian Affairs Branch
"""

C06 = """NOTICE OF DECISION
Department of Homeland Security
U.S. Citizenship and Immigration Services
Date: June 28, 2027
Receipt: IOE4462087193
Petitioner: Elena Gasperoni
Beneficiary: Leonardo Gasperoni
Elena Gasperoni filed a Form I-131 asking USCIS to parole her son Leonardo, a citizen of San Marino born in January 2027 who lives in Borgo Maggiore, so that he could be treated for congenital hyperinsulinism at a children's hospital in Philadelphia, Pennsylvania. The petition is denied.
Parole is a discretionary measure, limited by statute to urgent humanitarian reasons or significant public benefit. 8 U.S.C. 1182(d)(5)(A). The petitioner must show by a preponderance of the evidence that the facts she relies on are probably true. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
On April 9, 2027, USCIS sent a Request for Evidence, which read in part:
"1. Submit a letter from Leonardo's treating physician explaining why the specialized imaging and surgery he needs cannot be obtained in San Marino, in Italy, or elsewhere in Europe."
"2. Submit a description of how Leonardo would travel, including any medical escort and how his blood sugar would be kept stable during the flight."
"3. Submit evidence showing who will pay for the imaging, surgery and hospital stay, including a cost estimate from the hospital."
"4. Submit an updated letter describing Leonardo's present condition and the risks of delaying surgery."
The petitioner responded on June 4, 2027, with a letter from the pediatric endocrinologist in Bologna who treats Leonardo, a travel plan from a medical transport company, a letter from the Philadelphia hospital's financial counseling office, and a statement by the petitioner. The travel plan names a neonatal nurse who would fly with Leonardo and describes the glucose monitoring and infusion to be used in flight; the second request is therefore met. The other requests are considered below.
[[treatment-unavailable: On the first request, the endocrinologist writes that "the best results are reported in Philadelphia," but she also states that a hospital in Italy performs the scan used to locate a focal lesion and has operated on infants with the focal form of the disease. She does not say that this hospital was asked to treat Leonardo or that it refused, and the response offers no other reason why he could not be treated there.]]
[[financial-support: With respect to the third request, the financial counseling office estimates the cost of the scan, surgery and a stay of up to three weeks at $310,000 and wants half of it paid in advance of admission. The petitioner states that the family "is raising funds," but the response includes no bank records, no pledge from any donor, and nothing from the health service of San Marino about whether it would pay for treatment abroad.]]
[[medical-urgency: As for the fourth request, the endocrinologist's letter is dated May 3, 2027, and reports that since March Leonardo's blood sugar has stayed in a safe range on diazoxide and frequent feeding, with no seizures. The letter does not say that surgery must take place within any period or what harm would follow from waiting while the family arranges treatment closer to home.]]
Since requests one, three and four remain unanswered, the petitioner has not shown that parole is warranted, and the petition is denied. No appeal lies from this decision. The petitioner remains free to submit a new Form I-131, with the fee, supported by evidence that answers these findings.
S. Abernathy-Ruiz
Adjudications Officer
"""

C07 = """IOE7730215846 | RFE | Humanitarian Parole
Department of Homeland Security
U.S. Citizenship and Immigration Services
Request for Evidence
Date: August 3, 2027
Receipt Number: IOE7730215846
Requestor: Naja Kleist
Beneficiary: Aviaja Kleist
Naja Kleist of Nuuk, Greenland, requests parole for her daughter Aviaja, aged 14, so that Aviaja can have surgery and further care for medullary thyroid carcinoma linked to multiple endocrine neoplasia type 2B at a cancer center in Houston, Texas. The mother would accompany her.
Parole may be authorized only for urgent humanitarian reasons or significant public benefit, after a review of the individual facts. 8 U.S.C. 1182(d)(5)(A). The requestor has the burden of proving eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
USCIS has received the Form I-131, a genetic test report from 2022, a letter from a surgeon at the Houston center dated May 26, 2027, a letter from Aviaja's physician in Nuuk, a Form I-134 from the requestor's brother in Anchorage, Alaska, and copies of passports. Before a decision can be made, the four matters below must be addressed. Each ends by naming evidence that could resolve it.
[[medical-urgency: The letter from Nuuk says that Aviaja's thyroid was removed in 2023 and that "markers have risen," but it gives no values, no dates, and no imaging. Without current results USCIS cannot tell whether the disease has spread or what the surgery in Houston is meant to accomplish now. Evidence that could resolve this includes her recent calcitonin and CEA results with the dates they were taken, reports of any scans done since 2023, and a physician's explanation of why further surgery cannot wait.]]
[[documentation: Several pages attached to the Nuuk letter, including what appear to be operative notes and pathology findings, are in Danish, and no English translation accompanies them. Evidence that could resolve this includes full English translations of these pages, each certified by its translator, who attests to the accuracy and completeness of the work and to fluency in Danish and English.]]
[[financial-support: The Houston surgeon's letter states that the center requires "financial clearance" before scheduling but gives no cost. The Form I-134 from the requestor's brother shows earnings of $58,900 and makes no mention of other dependents or savings, and the file does not say whether Greenland's health service would pay for any part of treatment abroad. Evidence that could resolve this includes the center's written estimate, a statement from the health service on what it will pay, and proof of the funds intended to meet the remaining
Page 1 of 2
\fIOE7730215846 | RFE | Humanitarian Parole
costs.]]
[[support-plan: The request does not state where Aviaja and her mother would stay in Houston, which is more than 3,000 miles from the brother's home in Alaska, how they would pay for lodging and meals over several weeks, or how Aviaja would get to the center for appointments. Evidence that could resolve this includes a signed statement from whoever will provide housing, with the address, and a description of local transport and daily support.]]
Send your response no more than 60 days after the date shown above, with a copy of this notice on top. USCIS will not consider a response received after that period and will make a decision based on the record.
T. Lindqvist-Amadi
Adjudications Officer
Page 2 of 2
"""

N08 = """DEPARTMENT OF HOMELAND SECURITY
U.S. Citizenship and Immigration Services
REQUEST FOR EVIDENCE
Notice Date: September 14, 2027
Receipt Number: IOE9046813527
Requestor: Mei Kuan Cheong
Beneficiary: Lok Hin Cheong
AT A GLANCE
What this is: a Request for Evidence. Your request has not been denied, and no decision has been made.
What we still need, in short: a written acceptance from the surgical team; a cost estimate and proof of funds; a plan for lodging and daily care; a statement that Lok Hin can fly; a Form I-131 for each adult who will travel with him.
Response due: December 7, 2027
How to send it: see "How to respond" at the end of this notice.
DETAILED EXPLANATION
Mei Kuan Cheong, of Taipa in Macau, asks that her son Lok Hin, aged two, be paroled into the United States for staged skull and hand surgery for Apert syndrome at a craniofacial center in Dallas, Texas. She and the child's grandmother would travel with him.
A person outside the United States may be paroled in only for urgent humanitarian reasons or significant public benefit, decided case by case. 8 U.S.C. 1182(d)(5)(A). The requestor must prove each necessary fact by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). USCIS weighs each document on its own and together with the rest.
You filed a Form I-131 on July 19, 2027, together with a letter from a pediatric neurosurgeon at a public hospital in Macau, CT reports from 2026 and 2027, an email exchange with a nurse coordinator in Dallas, a Form I-134 from a family friend in Plano, Texas, and passports for Lok Hin, his mother and his grandmother. The paragraphs below explain what is missing and why.
[[us-treatment-arranged: The email from the nurse coordinator in Dallas says that the craniofacial team "will review the images at its next case conference" and does not report the outcome. No surgeon has written that the team accepts Lok Hin as a patient, and the record does not describe which operations are planned, in what order, or over how many months. Please ask the surgeon in charge to write to USCIS, stating that Lok Hin has been accepted and setting out the planned operations and their timing.]]
[[financial-support: No cost estimate from the Dallas center is in the record. The Form I-134 from the family friend reports an income of $88,000, but the friend supports three children of her own and does not say how much she would contribute. Please send the center's written estimate for the planned surgeries and hospital stays, and evidence of the money or pledges that would cover them.]]
[[support-plan: Children recovering from skull surgery usually need several weeks of close observation near the hospital before they can travel home. The request says the family "will rent an apartment" but gives no address, no lease or budget, and no indication of who would drive Lok Hin to appointments or stay with him while his mother and grandmother take turns resting. Please describe where the family would live, how they would pay for it, and who would help
IOE9046813527 -- RFE -- page 1 of 2
\fRequest for Evidence (continued) -- Lok Hin Cheong
with transport and daily care.]]
[[travel-feasibility: The neurosurgeon in Macau notes raised pressure inside Lok Hin's skull on the 2027 scan and episodes of obstructed breathing during sleep. The record does not say whether a physician has judged him fit for a long flight with a change of planes, whether he would need oxygen or monitoring on board, or how the family would reach Dallas. Please send a physician's assessment of whether he can make the journey, with any conditions the physician attaches and the planned itinerary.]]
[[other: The request names two adults who would accompany Lok Hin, but neither his mother nor his grandmother has filed a Form I-131, and a child of two cannot be paroled to travel and stay alone. Each adult who needs parole to accompany him should file a Form I-131 and pay the fee for it; otherwise, explain how these adults would enter the United States.]]
How to respond: Mail your response, with this notice on top, so that it arrives by December 7, 2027. Keep a copy of everything you send. USCIS cannot extend this date. If we do not receive a response by then, we will decide the request on the evidence now in the file.
L. Castellanos-Frye
Adjudications Officer
IOE9046813527 -- RFE -- page 2 of 2
"""

N09 = """Department of Homeland Security
U.S. Citizenship and Immigration Services
NOTICE OF INTENT TO DENY
Date: October 6, 2027
Receipt Number: IOE1378254906
Petitioner: Shanice Ebanks
Beneficiary: Darnell Ebanks
Shanice Ebanks has requested parole for her brother Darnell, aged 29, a British Overseas Territories citizen living in West Bay in the Cayman Islands, so that he can be evaluated for and receive a liver transplant for maple syrup urine disease at a transplant center in Cincinnati, Ohio.
Parole may be granted only temporarily, for urgent humanitarian reasons or significant public benefit, on the individual facts. 8 U.S.C. 1182(d)(5)(A). The petitioner must show by a preponderance of the evidence that the beneficiary is eligible and that he deserves a favorable exercise of discretion. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
On September 8, 2027, a USCIS officer interviewed Mr. Ebanks by video to confirm his identity and the facts stated in the request. The interview was conducted in English. The parts of the interview record that bear on this notice are reproduced below; they are the officer's summary of the questions asked and the answers given.
INTERVIEW RECORD (EXCERPTS)
Q: Have you ever been arrested or charged with an offense, anywhere?
A: There was a fight outside a bar in 2023 and the police took me in. I think the case is still open. I do not have the papers.
Q: Have you been to the United States before?
A: No, never.
Q: Our records show an entry at Miami in June 2022 as a visitor. Can you explain?
A: Oh, that was a short trip for a cousin's wedding. I forgot about it. I stayed some months with family.
Q: Have you had a United States visa?
A: I had a visitor visa. It ran out last year and I did not renew it.
Q: What do you plan to do after the transplant?
A: I would like to stay in Ohio if I can find work. My sister is there.
FINDINGS
Based on the interview and the rest of the record, USCIS intends to deny the petition for the following reasons.
[[security: Mr. Ebanks stated at the interview that he was taken into custody after a fight in 2023 and that the case may still be pending. The petition did not disclose this, and the record contains no police certificate from the Cayman Islands, no court record showing the charge and its outcome, and no other evidence from which USCIS could determine whether his presence would pose a risk to public safety.]]
[[discretion: Mr. Ebanks first told the officer that he had never been to the United States and changed his answer only when confronted with an entry record from June 2022. He then said he stayed "some months," which suggests he remained beyond the period he was admitted for. His shifting answers, and the failure to mention either the earlier visit or the arrest in the petition, count heavily against him in the discretionary balance.]]
[[other-avenues: Mr. Ebanks held a visitor visa until 2026 and let it lapse. The petition does not say whether he has applied for a new visa to come for treatment, whether such an application was refused, or why waiting for a visa would put his health at risk.]]
[[temporary-stay: Asked about his plans after the transplant, Mr. Ebanks said that he would like to remain in Ohio if he finds work. Parole is a temporary measure and does not allow its holder to settle or take up employment on that basis. The petition contains no plan for his return to the Cayman Islands, no arrangement for care there after the transplant, and nothing to show ties that would bring him back.]]
The petitioner may respond to this notice with argument and evidence. A response will be considered if it arrives no later than thirty-three days after the date this notice was issued (thirty days, plus three because the notice is mailed). Without a timely response, the petition will be denied.
P. Grunewald-Osei
Adjudications Officer
"""

N10 = """From: USCIS Humanitarian Affairs Branch
To: Sebastien Rey
Sent: Monday, November 22, 2027 10:06 AM
Subject: Decision on Form I-131, Receipt Number IOE6652190438 (Beneficiary: Louis Marquet)
Dear Mr. Rey,
As the representative of record, you are receiving by email the decision on the parole request filed for Louis Marquet. A paper copy will also be mailed to the petitioner. The text of the decision follows.
DECISION
Date: November 22, 2027
Receipt Number: IOE6652190438
Petitioner: Isabelle Marquet
Beneficiary: Louis Marquet
Isabelle Marquet asked USCIS to parole her husband Louis, a citizen of Monaco aged 61 who lives in Monte Carlo, so that he can be assessed for a combined heart and liver transplant to treat hereditary transthyretin amyloidosis with cardiomyopathy at a transplant center in Cleveland, Ohio. The request is denied.
Parole requires an urgent humanitarian reason or a significant public benefit and is granted only temporarily and case by case. 8 U.S.C. 1182(d)(5)(A). It was the petitioner's burden to establish eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010). USCIS considered the cardiologist's letters of June 14 and September 20, 2027, the hospital records, the Cleveland center's letter of August 2, 2027, the Form I-134 with a statement from a private bank, and the response of October 29, 2027 to the Notice of Intent to Deny.
The request is denied for three reasons:
i) [[treatment-unavailable: The cardiologist in Monaco explains that patients who need a transplant are referred to university hospitals in France, and her own letter records that a transplant team in Lyon placed Mr. Marquet on its waiting list in March 2027. The response says the family has "lost confidence" in that team but does not show that it withdrew its offer, that the wait there endangers his life, or that no other European center could act sooner.]]
ii) [[us-treatment-arranged: The Cleveland center's letter states that Mr. Marquet "would be considered for evaluation" once his records have been reviewed and a deposit paid. Nowhere does the letter state that he has been accepted for evaluation, much less listed for a transplant, and no physician there describes a plan of treatment or how long it would last.]]
iii) [[financial-support: The center estimates that an evaluation alone will cost $85,000 and that a combined transplant, if performed, may exceed $1.4 million. The statement from the private bank refers to "substantial assets under management" without naming an amount or showing that any of it is available to pay these costs, while the income section of the Form I-134 is blank.]]
USCIS has weighed the evidence as a whole and finds that the petitioner has not shown that parole is warranted. This decision may not be appealed. A new Form I-131 may be filed with the required fee and evidence that addresses these reasons.
Humanitarian Affairs Branch
U.S. Citizenship and Immigration Services
This mailbox does not accept replies. Messages sent to it are not read.
________________________________
Original Message
From: Sebastien Rey
Sent: Tuesday, November 2, 2027 4:51 PM
To: USCIS Humanitarian Affairs Branch
Subject: Status inquiry, Receipt Number IOE6652190438
Good afternoon. We filed our response to the Notice of Intent to Deny on October 29, 2027. Could you tell us when a decision may be expected? Mr. Marquet's cardiologist tells us that his heart function fell again last month, that he can no longer climb a flight of stairs, and that the transplant he needs is not offered in Monaco. We would be grateful for any news.
Sebastien Rey
"""

NOTICES = [
    ("c01-numbered-rfe-2p", "rfe", "2027-01-18", "IOE6204918357", 84,
     ["Lin, Y. -- IOE6204918357 -- page 1 of 2", "Request for Evidence, continued -- Yutong Lin",
      "Lin, Y. -- IOE6204918357 -- page 2 of 2"], C01),
    ("c02-lettered-noid", "noid", "2027-02-24", "IOE2481937065", 30, [], C02),
    ("c03-bulleted-denial", "denial", "2027-03-15", "IOE8815402739", 0, [], C03),
    ("c04-headed-denial-2p", "denial", "2027-04-20", "IOE3057719264", 0,
     ["Notice of Denial -- Puig Ribes -- 1 of 2", "IOE3057719264 (page 2)",
      "Notice of Denial -- Puig Ribes -- 2 of 2"], C04),
    ("c05-runon-noid", "noid", "2027-05-11", "IOE5139026684", 33, [], C05),
    ("c06-quoting-rfe-denial", "denial", "2027-06-28", "IOE4462087193", 0, [], C06),
    ("c07-headers-rfe-2p", "rfe", "2027-08-03", "IOE7730215846", 60,
     ["IOE7730215846 | RFE | Humanitarian Parole", "Page 1 of 2", "Page 2 of 2"], C07),
    ("n08-at-a-glance-rfe-2p", "rfe", "2027-09-14", "IOE9046813527", 84,
     ["IOE9046813527 -- RFE -- page 1 of 2", "Request for Evidence (continued) -- Lok Hin Cheong",
      "IOE9046813527 -- RFE -- page 2 of 2"], N08),
    ("n09-interview-record-noid", "noid", "2027-10-06", "IOE1378254906", 33, [], N09),
    ("n10-email-chain-denial", "denial", "2027-11-22", "IOE6652190438", 0, [], N10),
]

# HTML-like entities are used above only to keep this file ASCII; turn them
# into the characters themselves.
_ENT = {"&bull;": "\u2022", "&uacute;": "\u00fa"}
def _fix(t):
    for k, v in _ENT.items():
        t = t.replace(k, v)
    return t
NOTICES = [n[:6] + (_fix(n[6]),) for n in NOTICES]
