# -*- coding: utf-8 -*-
"""The ten notices of this set, written from scratch. Each ground is marked
in place as [[category: ...]]; gen/write.py strips the marks. A form feed
is a page break. Tuple: (name, kind, date, receipt, days to respond_by or
None, furniture lines, text)."""

C01 = '''DEPARTMENT OF HOMELAND SECURITY
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch, Parole Section
REQUEST FOR EVIDENCE
Date of this request: January 19, 2027
Receipt number: IOE8142675093
Form: I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Requestor: Emi Nishiyama
Beneficiary: Haruto Nishiyama (born 2011), Kagoshima, Kyushu, Japan
On October 28, 2026, you asked USCIS to parole your son, Haruto Nishiyama, into the United States for about eleven months so that a pediatric heart center in Palo Alto, California, may assess him for a heart transplant and, if he is accepted, perform it. Haruto is fifteen. His heart is affected by Danon disease.
USCIS is permitted to parole a person under section 212(d)(5)(A) of the Immigration and Nationality Act, 8 U.S.C. 1182(d)(5)(A), only case by case for urgent humanitarian reasons or significant public benefit, and even then only as a matter of discretion. Every fact on which the request rests is yours to prove, and a fact is proved when the evidence makes it more likely true than not. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
Items now in the file: your Form I-131 with a one-page statement; a Form I-134 signed by Kenji Nishiyama, Haruto's uncle, who lives in San Jose, California; a letter of September 2026 from Haruto's cardiologist in Kagoshima, with its Japanese original; an echocardiogram report of June 2026; an email from the heart center's international patient office; and copies of your passport and Haruto's.
These items leave gaps that keep USCIS from deciding. Each numbered paragraph names a gap and the kind of evidence that would close it.
1. [[medical-urgency: The cardiologist's letter is four months old. It calls Haruto's heart "thickened, with weak pumping," yet it records no measure of that pumping, no hospital stays, and no judgment on how quickly the disease is advancing. USCIS therefore cannot tell whether Haruto needs a new heart this year or can be watched at home for a while longer. Provide a letter, dated after this request, from a physician who is now caring for Haruto, giving his present ejection fraction, any rhythm disturbance or implanted device, his admissions over the last twelve months, and that physician's forecast if the transplant were postponed.]]
2. [[treatment-unavailable: You state that Haruto cannot obtain a donor heart in Japan, but the only evidence on the point concerns the children's list kept by one university hospital in Fukuoka. Nothing shows whether Haruto has been registered nationally, how long a child of his size and blood type usually waits, or whether a mechanical pump could carry him through the wait at home. Submit a statement from the Japanese transplant team that reviewed him, or from the national organ registry, setting out his listing status and any reason why treatment in Japan has been excluded.]]
3. [[us-treatment-arranged: According to its email, the heart center "would be glad to review records" and "a formal evaluation can be scheduled once travel is confirmed." That is not an acceptance of Haruto for evaluation or for listing, and no physician is named as responsible for him. Send a signed letter from the physician who will direct the evaluation, confirming that the center accepts Haruto as its patient, describing what the evaluation involves, and estimating the length of each stage.]]
4. [[financial-support: Mr. Nishiyama's salary, according to his Form I-134, is $96,000 a year; he has $21,500 saved, and he offers to meet the costs of the stay. The center has issued no estimate, and the file contains no figure at all for the evaluation, the surgery, the months of recovery, or the family's lodging near Palo Alto, so USCIS cannot say whether
RFE IOE8142675093 -- Nishiyama -- page 1 of 2
\fRequest for Evidence (continued) -- IOE8142675093
Mr. Nishiyama's means would be sufficient. Submit the center's written estimate, the deposit it asks of patients who have no United States insurance, and records showing who will pay each part and from which funds.]]
5. [[temporary-stay: After a transplant a child takes medicine for life and undergoes frequent biopsies in the first year. Your statement says Haruto would "stay as long as the doctors advise," while the request asks for eleven months; nothing explains how his follow-up would pass to physicians in Japan, or what the family would do if the center wanted him to remain longer. Provide a physician's signed plan for handing Haruto's care to a center in Japan, with the date on which he is expected to go home.]]
Responding. Put everything requested into one package, with a copy of this request on top, and mail it to the address below. The package must be in our hands within 84 days of the date of this request. Material received late, or in separate mailings, may be left out of account. Without a response, USCIS may treat the request as abandoned or decide it on the file as it stands.
USCIS Humanitarian Affairs Branch, Attn: Parole Section, 5900 Capital Gateway Drive, Mail Stop 2100, Camp Springs, MD 20588-0009
Parole fee. Should parole later be approved, the separate fee imposed by 8 U.S.C. 1804 will have to be paid before any parole document issues, unless an exception in that statute is shown to apply. A payment notice would be sent at that stage; please do not enclose the fee with your response.
Rosalind Ferrante
Adjudications Officer
RFE IOE8142675093 -- Nishiyama -- page 2 of 2
'''

C02 = '''U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
NOTICE OF INTENT TO DENY
March 9, 2027
Adebayo Lindqvist, Esq., Lindqvist & Oyelaran LLP, 410 Harbor Street, Suite 12, Duluth, MN 55802
Receipt: IOE5907318264
Beneficiary: Liisi Kuusk (Kuressaare, Saaremaa, Estonia)
Requestor: Margus Kuusk
Dear Mr. Lindqvist:
This office has reviewed the Form I-131 that your client, Margus Kuusk, filed on December 1, 2026, asking that his wife, Liisi Kuusk, age 44, be paroled for ten months to receive treatment for neuromyelitis optica spectrum disorder at a neuroimmunology clinic in Rochester, Minnesota.
Parole under section 212(d)(5)(A) of the Immigration and Nationality Act is granted sparingly, for an urgent humanitarian reason or a significant public benefit, and always in the exercise of discretion. The requestor must establish eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
The file holds the Form I-131, a Form I-134 from Mrs. Kuusk's cousin in Minneapolis, two letters from her neurologist in Tartu, discharge summaries from 2024 and 2025, and a note from the Rochester clinic.
Having weighed that material, USCIS proposes to deny the request for each of the reasons set out in subparagraphs (a) through (e).
(a) [[treatment-unavailable: The neurologist in Tartu writes that Mrs. Kuusk has been given plasma exchange and rituximab at the university hospital there and that "newer targeted drugs would be preferable." She does not say that those drugs cannot be obtained in Estonia or elsewhere in the European Union, that an application to obtain one was made and refused, or why Mrs. Kuusk could not be referred to a center in Helsinki or Stockholm.]]
(b) [[medical-urgency: The discharge summaries describe relapses in March 2024 and January 2025. The later of the two letters, dated August 2026, calls her condition "stable on current therapy." On this record a further relapse is possible, as it is for anyone with the disease, but nothing shows that one is expected soon or that waiting would cause harm that treatment abroad would prevent.]]
(c) [[financial-support: The Rochester clinic's note estimates infusion costs of about $38,000 a month but says nothing of consultations, imaging or admissions. The cousin's Form I-134 lists income of $58,000 a year, and nobody else has offered to pay. A ten month course at the clinic's own figure would be many times her yearly income.]]
(d) [[other-avenues: An Estonian national holding an approved travel authorization can come here briefly through the Visa Waiver Program, and she could apply for a visitor visa for longer treatment. The request does not discuss either route or explain why neither fits her case.]]
(e) [[documentation: Both letters from Tartu and the discharge summaries are in Estonian. The English texts submitted with them carry no translator's name or certification, and two pages of the 2025 summary were not translated at all.]]
You may answer this notice with a written response and any further evidence. Your response must be received no later than 30 days after this notice is dated; 3 further days are allowed because it was mailed. If nothing is received in time, USCIS will decide the request on the present record.
Send the response to: USCIS Humanitarian Affairs Branch, 5900 Capital Gateway Drive, Mail Stop 2100, Camp Springs, MD 20588-0009. Please include a copy of this notice.
Sincerely,
Desmond Achterberg, Section Chief, Parole Adjudications
cc: Margus Kuusk
'''

C03 = '''Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
Date: May 4, 2027
NOTICE OF DECISION -- FORM I-131 (PAROLE)
Receipt No.: IOE3361840527
Requestor: Eleni Vatopoulou
Beneficiary: Stratis Vatopoulos, Mytilene, Lesbos, Greece
Ms. Vatopoulou filed Form I-131 on November 16, 2026, asking that her father, Stratis Vatopoulos, age 68, be paroled for six months for immunotherapy for Merkel cell carcinoma at a cancer center in Seattle, Washington. We issued a request for evidence on February 2, 2027, and received a reply on April 5, 2027. After review of the complete record, the request is denied.
Authority to parole rests on section 212(d)(5)(A) of the Immigration and Nationality Act, and is used only for urgent humanitarian reasons or a significant public benefit, one case at a time. The requestor had to show, by a preponderance of the evidence, both the reason for parole and that discretion should be exercised favorably. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
What we reviewed: the Form I-131 and cover letter; Form I-134 from the requestor; pathology and scan reports from a hospital in Athens; letters from an oncologist in Mytilene dated October 2026 and March 2027; an appointment confirmation from the Seattle center; bank statements; the RFE reply and its attachments.
Reasons for the decision:
• [[treatment-unavailable: The oncologist in Mytilene writes that the island hospital cannot give immunotherapy, but the pathology report itself comes from a hospital in Athens that treats this cancer, and the reply to the RFE does not say whether Mr. Vatopoulos was offered, or refused, immunotherapy there or at any other Greek cancer center.]]
• [[us-treatment-arranged: The Seattle document confirms a single outpatient consultation on a date "to be set." It states no diagnosis, no course of treatment, and no agreement to treat, and no physician at the center has written about Mr. Vatopoulos at all.]]
• [[financial-support: Six months of immunotherapy with scans and visits was estimated in your cover letter at $180,000. Your Form I-134 puts your earnings at $71,000 a year, and the bank statements show $12,400 across two accounts. No hospital, charity or insurer has promised to pay the difference.]]
• [[discretion: In the Form I-131 Ms. Vatopoulou denied that her father had ever overstayed a period of admission. Our records show that he entered as a visitor in 2008 and left fourteen months later. The RFE asked about this, and the reply did not address it. An inaccuracy of this kind, left unexplained, tells against her father when USCIS weighs whether to use its discretion for him.]]
Each reason would be sufficient by itself.
This decision cannot be appealed to the Administrative Appeals Office, and a motion filed on Form I-290B will be rejected. Ms. Vatopoulou may file a new Form I-131, with the filing fee and new evidence, at any time.
Carmela Ostrowski
Supervisory Adjudications Officer
'''

C04 = '''U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch -- Parole Section
DECISION ON APPLICATION FOR PAROLE
Date of decision: June 15, 2027
Receipt: IOE7024519386
Requestor: Tomás Cabrera Hernández
Beneficiary: Yaiza Cabrera Betancor
Home: Arrecife, Lanzarote, Canary Islands, Spain
I. PROCEDURAL HISTORY
Mr. Cabrera Hernández filed Form I-131 on January 11, 2027, for his sister, Yaiza Cabrera Betancor, age 47, who has alveolar echinococcosis of the liver. He asks that she be paroled for nine months to be evaluated for, and to receive, a liver transplant at a transplant center in Pittsburgh, Pennsylvania. USCIS requested more evidence on March 16, 2027; his reply arrived on May 20, 2027.
II. GOVERNING LAW
Under section 212(d)(5)(A) of the Immigration and Nationality Act, 8 U.S.C. 1182(d)(5)(A), USCIS may grant parole only case by case for urgent humanitarian reasons or significant public benefit, and its grant remains discretionary. The requestor must prove eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
III. ANALYSIS
Surgery in Spain
[[treatment-unavailable: The surgeon in Las Palmas who reviewed Ms. Cabrera Betancor's scans writes that the lesions are "beyond resection" and that a transplant is the only remaining option. Spain carries out a large number of liver transplants each year, several of them at centers in Madrid and Barcelona, and nothing in the file suggests she was ever referred to any of them, that one declined her, or that a wait there would be longer than in Pittsburgh.]]
The Pittsburgh center's commitment
[[us-treatment-arranged: The reply includes a letter from the center's referral coordinator stating that Ms. Cabrera Betancor "meets preliminary referral criteria." The letter is not signed by a transplant physician, does not say that she would be listed, and describes neither the evaluation nor the surgery nor the period of follow up.]]
Identity of the beneficiary
The RFE asked for a complete copy of her passport and an explanation of the two surnames used in the record. Both were supplied, and this point is resolved.
Housing and care during the stay
[[support-plan: After a liver transplant the patient must live close to the hospital for several months and needs a caregiver at all hours. Mr. Cabrera Hernández lives in Miami, more than a thousand miles from Pittsburgh, and writes that he will "find an apartment nearby." No lease, no host and no named caregiver appears in the record, and he does not say whether he will leave his work in Miami to care for his sister, or who
Cabrera Betancor, Y. -- Decision IOE7024519386 -- 1/2
\fIOE7024519386 -- Decision on Application for Parole -- continued
would drive her to her appointments.]]
Travel from the Canary Islands
[[travel-feasibility: The route from Lanzarote to Pittsburgh requires at least two connections and takes close to twenty hours. The surgeon notes ascites and episodes of jaundice. No physician states that Ms. Cabrera Betancor can safely make that journey, and no escort or medical arrangement for the flights is described.]]
IV. CONCLUSION
The request fails on the four points discussed under Surgery in Spain, The Pittsburgh center's commitment, Housing and care during the stay, and Travel from the Canary Islands, and it is denied. No appeal lies to the Administrative Appeals Office. A new Form I-131 may be filed with the required fee and the evidence this decision finds lacking. If parole is approved on a new request, the fee required by 8 U.S.C. 1804 will be charged unless an exception applies.
Ignatius Brandvold
Adjudications Officer, Parole Section
Cabrera Betancor, Y. -- Decision IOE7024519386 -- 2/2
'''

C05 = '''DEPARTMENT OF HOMELAND SECURITY
U.S. Citizenship and Immigration Services
Notice of Intent to Deny
Issued: July 20, 2027
IOE6458023971
Requestor: Rowena Dimaculangan
Beneficiary: Althea Dimaculangan
Dear Ms. Dimaculangan:
You filed Form I-131 on March 29, 2027, asking that your daughter, Althea Dimaculangan, age 9, of Puerto Princesa, Palawan, the Philippines, be paroled for eight months to receive a stem cell transplant for Glanzmann thrombasthenia at a hematology center in Cincinnati, Ohio.
The law allows parole under section 212(d)(5)(A) of the Immigration and Nationality Act only case by case for urgent humanitarian reasons or significant public benefit, and only if USCIS chooses to exercise discretion favorably. The burden of proving each element lies with you, and the standard is a preponderance of the evidence.
We have read your Form I-131 and statement, the Form I-134 of Ms. Dimaculangan's brother in Cincinnati, a letter from Althea's hematologist in Manila, her transfusion record, and a message from the Cincinnati center.
The reasons we expect to deny your request follow.
[[us-treatment-arranged: The Cincinnati center's message says that a transplant "may be an option to discuss" and asks for HLA typing of Althea and her siblings, which the record does not show was ever done; no donor has been identified, and no physician has agreed to take Althea on as a patient.]] [[treatment-unavailable: Further, the hematologist in Manila writes that Althea's bleeding episodes have been managed with platelet transfusions and recombinant factor VIIa at a children's hospital there, and he does not explain why a transplant could not be arranged in Manila, where such transplants are performed, or elsewhere in Southeast Asia.]]
[[financial-support: Your brother's Form I-134 lists $49,000 in annual earnings and $6,200 put aside, while a transplant of this kind, with the months of isolation and follow up, costs several hundred thousand dollars, and you do not say who would pay.]] [[temporary-stay: In your statement you write that the family "will decide after the transplant whether to return," and you and Althea's two brothers would accompany her; nothing shows a home, work or school waiting for any of you in Palawan.]]
Any one of these reasons would support a denial.
A response is due within thirty days of the date on this notice. Mail it, with a copy of this notice, to USCIS Humanitarian Affairs Branch, 5900 Capital Gateway Drive, Mail Stop 2100, Camp Springs, MD 20588-0009. If you do not respond, the request will be decided on the present record.
Philippa Marchetti-Rowe
Adjudications Officer
'''

C06 = '''U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
August 10, 2027
Fiona MacLeod
Portree, Isle of Skye
IV51 9XX, United Kingdom
Form I-131, Receipt IOE2815094763: Decision
Beneficiary: Calum MacLeod
Dear Ms. MacLeod:
You filed Form I-131 for your son, Calum MacLeod, age 12, who has Wolfram syndrome, asking that he be paroled for twelve months to take part in a drug study at a university hospital in St. Louis, Missouri. The request is denied. Our reasons follow.
Parole under section 212(d)(5)(A) of the Immigration and Nationality Act, 8 U.S.C. 1182(d)(5)(A), is reserved for urgent humanitarian reasons or a significant public benefit, decided case by case, and is discretionary. You bear the burden of proof by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
Our request for evidence dated April 20, 2027 read, in relevant part:
Item 1: "Explain why Calum cannot receive care for Wolfram syndrome within the National Health Service, including any specialist clinic in England, and provide a letter from his specialist on the point."
Item 2: "Provide written confirmation from the study's principal investigator that Calum has been enrolled, or has passed screening, and a schedule of his study visits."
Item 3: "Explain what prevents Calum from making his study visits as a visitor, whether holding a B-2 visa or admitted without one through the Visa Waiver Program."
Item 4: "Provide evidence that you have legal custody of Calum and that his father consents to his travel."
You answered on July 9, 2027. Your court order of 2021 and the father's signed consent satisfy Item 4.
[[treatment-unavailable: Regarding Item 1, the letter from Calum's pediatrician in Inverness says that "the national service for Wolfram syndrome sees him once a year in Birmingham," which confirms that specialist care exists in the United Kingdom; it is silent on whether the study drug, or an equivalent, could be offered to him there, and you did not ask the Birmingham clinic about its own trials.]]
[[us-treatment-arranged: Item 2 was not met. The study coordinator's email states that Calum is "on the list for a screening visit" and that twelve children will be chosen from those screened. Screening has not happened, and nothing shows that he will be enrolled.]]
[[other-avenues: On Item 3 you wrote only that parole "seemed simpler." British citizens may visit the United States for short stays through the Visa Waiver Program and may seek a visitor visa for longer stays, and you have not shown that either path was tried or could not work for a study with visits spaced months apart.]]
Because Items 1, 2 and 3 remain unanswered, the request is denied.
There is no appeal from this decision to the Administrative Appeals Office. You may file a new Form I-131, with the fee, if you obtain the evidence described above.
Sincerely,
Tobias Wennerholm
Adjudications Officer
'''

C07 = '''LIM, WEI JIAN -- IOE9530176482 -- RFE
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
Request for Evidence
Date: September 14, 2027
Receipt Number: IOE9530176482
Requestor: Lim Mei Ling
Beneficiary: Lim Wei Jian, George Town, Penang, Malaysia
Your Form I-131 asks that your brother, Lim Wei Jian, age 34, be paroled for seven months so that a vascular surgery department in Cleveland, Ohio, can repair aneurysms of his pulmonary arteries caused by Behçet disease.
USCIS may parole a person under section 212(d)(5)(A) of the Immigration and Nationality Act case by case for urgent humanitarian reasons or significant public benefit, as a matter of discretion. The requestor must show, more likely than not, that the conditions for parole are met. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
You submitted the Form I-131 with your statement, your Form I-134, a referral letter from a rheumatologist in George Town, a CT report of May 2027, and a letter from the Cleveland department.
The points below must be addressed before a decision can be made.
[[medical-urgency: The CT report measures the largest aneurysm at 2.1 cm, and the rheumatologist writes that Mr. Lim coughed blood twice in 2027. Neither document says whether the aneurysms are growing, whether medicine has been tried to shrink them, or how soon repair is needed. Helpful evidence would include a current letter from the rheumatologist or a chest physician giving the course of the aneurysms on serial imaging and the risk of waiting.]]
[[treatment-unavailable: The referral letter says that surgeons in Penang "do not perform this repair." It does not address the national heart institute in Kuala Lumpur or the large hospitals in Singapore, either of which may offer the procedure. Helpful evidence would include replies from those centers, or a specialist's explanation of why Mr. Lim could not be treated at them.]]
[[us-treatment-arranged: The Cleveland letter thanks the rheumatologist for the referral and says that the surgeons "will consider" Mr. Lim after reviewing his imaging in person. It names no surgeon and no procedure, gives no date, and is not an agreement to operate. Helpful evidence would include the surgeon's own written acceptance of Mr. Lim, describing the operation, his days in hospital and the weeks he must then spend near the hospital.]]
[[travel-feasibility: Coughing blood from a pulmonary artery aneurysm can be sudden and serious, and the flight from Penang to Cleveland takes more than twenty hours with two changes. Nothing in the file states that Mr. Lim may fly, how a bleed in the air would be handled, or whether he would travel with a
Page 1 of 2 -- Form I-131 Request for Evidence
\fLIM, WEI JIAN -- IOE9530176482 -- RFE
nurse or physician. Helpful evidence would include his physician's written clearance to fly, and the travel arrangements, including any medical escort.]]
[[financial-support: Your Form I-134 lists $64,000 in yearly earnings, and you propose to pay for everything. The Cleveland letter gives no cost, and your statement does not estimate the operation, the admission, or seven months of lodging and living costs. Helpful evidence would include the hospital's estimate and documents showing funds that would cover it.]]
Your response must reach this office by Monday, December 6, 2027. Send all of the documents together, with this notice placed on top, to USCIS Humanitarian Affairs Branch, 5900 Capital Gateway Drive, Mail Stop 2100, Camp Springs, MD 20588-0009. A response that arrives after that date may not be considered.
Marguerite Oyelowo
Adjudications Officer
Page 2 of 2 -- Form I-131 Request for Evidence
'''

N08 = '''DEPARTMENT OF HOMELAND SECURITY
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
REQUEST FOR EVIDENCE -- ADDRESSED TO SEVERAL PERSONS
Date: October 5, 2027
Receipt Number: IOE4186027359
Request: Form I-131 for Nicolò Morabito (age 2), Reggio Calabria, Calabria, Italy
Distribution: (1) Giulia Morabito, requestor and mother; (2) Salvatore Morabito, financial sponsor on Form I-134; (3) the child's treating physicians, through the requestor
This request concerns the parole of Nicolò Morabito, who has Pearson syndrome, for ten months so that a children's hospital in Boston, Massachusetts, can perform a stem cell transplant. It is sent to the requestor. Because some of the missing evidence can come only from the sponsor or from Nicolò's physicians, the points are grouped by the person best placed to answer them; the requestor should pass each part to the person named and send all replies back together.
USCIS may parole a person under section 212(d)(5)(A) of the Immigration and Nationality Act only case by case for urgent humanitarian reasons or significant public benefit, and as a matter of discretion. The requestor has the burden of showing eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
Received so far: Form I-131 with a statement by Ms. Morabito; Form I-134 from Salvatore Morabito of Providence, Rhode Island; a letter from a pediatric hematologist in Reggio Calabria dated June 2027; blood counts from March to June 2027; an email from the Boston hospital's international office.
PART ONE: FOR THE REQUESTOR, GIULIA MORABITO
[[treatment-unavailable: Italy has several pediatric transplant centers, including units in Rome, Genoa and Padua. You write that the family "would prefer Boston," but no letter shows that Nicolò was referred to an Italian center, turned down, or placed on a wait that would put him at risk. Please send any referral, reply or refusal from an Italian transplant center, or a letter from a physician explaining why no Italian center can treat him.]]
PART TWO: FOR THE FINANCIAL SPONSOR, SALVATORE MORABITO
[[financial-support: Your Form I-134 lists wages of $82,000 a year and no savings, and you say you will meet all costs. The Boston hospital has not priced the transplant, and a stem cell transplant for a small child, with months of follow up, commonly costs far more than the income shown. Please send the hospital's written price for the treatment and evidence of the money, insurance or charity pledge that would meet it.]]
[[support-plan: You live in Providence, about fifty miles from Boston, in a one bedroom apartment. After the transplant Nicolò must stay close to the hospital in clean housing for at least one hundred days, with an adult beside him at all times. Please explain where the child and his mother would live, how they would reach the hospital, and who would meet their daily needs.]]
PART THREE: FOR NICOLÒ'S TREATING PHYSICIANS
[[medical-urgency: The June letter describes anemia needing transfusion every three to four weeks and "episodes of metabolic acidosis," but does not say whether the marrow failure is worsening, whether the liver or pancreas is involved, or how long Nicolò can safely continue on transfusions alone. Please send a current letter from his hematologist with his latest counts, organ function and the expected course if transplant is delayed.]]
Page 1 of 2 -- IOE4186027359
\fRequest for Evidence -- IOE4186027359 -- page 2
[[us-treatment-arranged: The Boston hospital's international office wrote that it "has received the referral" and that "the transplant team will advise after review." No physician there has accepted Nicolò, and no donor search has been described. Please ask the transplant physician to write confirming that Nicolò is accepted, naming the donor source and setting out the plan.]]
HOW TO RESPOND
The requestor should gather the replies of all three parts and send them in one package, with this notice on top, to USCIS Humanitarian Affairs Branch, 5900 Capital Gateway Drive, Mail Stop 2100, Camp Springs, MD 20588-0009. You have twelve weeks from the date of this request to respond; a reply that comes in after that time may not be considered. Partial replies from the sponsor or the physicians sent directly to USCIS will be added to the file but should be repeated in the requestor's package.
Hadley Sorensen
Adjudications Officer
'''

N09 = '''U.S. DEPARTMENT OF HOMELAND SECURITY
U.S. CITIZENSHIP AND IMMIGRATION SERVICES
HUMANITARIAN AFFAIRS BRANCH
DECISION WITH SUPERVISORY REVIEW
Form I-131, Receipt IOE6673501842
Requestor: Rui Mendes Carvalho
Beneficiary: Maria do Rosário Carvalho, Évora, Alentejo, Portugal
Date of decision: November 2, 2027
This decision is issued in two parts. Part A sets out the recommended findings of the officer who examined the request. Part B records the supervisory review of those findings and the decision taken on them.
PART A. OFFICER'S RECOMMENDED FINDINGS
Request. On May 24, 2027, Rui Mendes Carvalho filed Form I-131 for his mother, Maria do Rosário Carvalho, age 58, who has Hürthle cell carcinoma of the thyroid that no longer responds to radioactive iodine. He asks that she be paroled for twelve months to join a drug study at a cancer center in Nashville, Tennessee. USCIS asked for more evidence on July 13, 2027, and a reply was received on October 1, 2027.
Standard. Parole under section 212(d)(5)(A) of the Immigration and Nationality Act is granted only case by case for urgent humanitarian reasons or significant public benefit, and only in the exercise of discretion. The requestor must prove eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
Record. Form I-131 and statement; Form I-134 of the requestor; letters from an endocrine surgeon in Lisbon and an oncologist in Évora; scan reports of 2026 and 2027; a study summary and an email from the Nashville center; the reply to the request for evidence.
Finding 1
[[treatment-unavailable: The oncologist in Évora states that two oral targeted drugs approved for this cancer are given at a cancer institute in Lisbon, and that Mrs. Carvalho "has not yet received systemic therapy." The record does not show why she could not start that treatment in Portugal before seeking a study abroad.]]
Finding 2
[[us-treatment-arranged: The Nashville email says that Mrs. Carvalho "may be eligible" for the study once her tissue is tested, and the study summary requires prior treatment with one of the approved drugs, which she has not had. No investigator has confirmed that she qualifies or will be enrolled.]]
Finding 3
The requestor earns $88,000 a year according to his Form I-134, and the study pays for the study drug and visits; the other costs are not estimated. I find no showing that the remaining costs would be met.
\fDecision with Supervisory Review -- IOE6673501842 -- page 2
Finding 4
[[temporary-stay: The statement says that Mrs. Carvalho would remain "for as long as the study continues," and the study summary describes treatment until the disease progresses, with no fixed end. Twelve months are requested, but no plan is given for her care after that time or for her return to Portugal.]]
Finding 5
[[discretion: According to the Form I-131, no visa or travel authorization was ever refused to Mrs. Carvalho. The reply to the request for evidence includes a 2024 email from the Department of State refusing her visitor visa application, and the requestor has not explained the contradiction.]]
Prepared by: Anselm Kowalczyk, Adjudications Officer, October 22, 2027
PART B. SUPERVISORY REVIEW
I have reviewed the record and the findings above. I adopt Findings 1, 2, 4 and 5. I do not adopt Finding 3: the requestor's income, taken with the study's coverage of the drug and study visits, is enough on this record to meet the remaining costs estimated in the reply, and that point does not form part of this decision.
On the adopted findings, the request is denied. This decision is final; no appeal lies to the Administrative Appeals Office. A new Form I-131 may be filed, with the fee and new evidence.
Approved by: Winifred Adeyemi-Strand
Supervisory Adjudications Officer, Humanitarian Affairs Branch
November 2, 2027
'''

N10 = '''DEPARTMENT OF HOMELAND SECURITY
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
NOTICE OF INTENT TO DENY
Issued on: December 7, 2027
Receipt: IOE3049276185
Requestor: Kavitha Sivakumar
Beneficiary: Arun Sivakumar (age 6), Jaffna, Northern Province, Sri Lanka
WORKING OUT YOUR RESPONSE DATE
Step 1. Start from the date this notice was issued: December 7, 2027.
Step 2. Add the 30 days allowed for a response to this notice: January 6, 2028.
Step 3. Add 3 days because this notice is sent by mail: January 9, 2028.
Step 4. Your response must arrive at the address below no later than the result of Step 3, January 9, 2028.
Ms. Sivakumar, you filed Form I-131 on July 19, 2027, asking that your son Arun be paroled for six months so that a hemophilia and thrombosis center in Denver, Colorado, can treat his type 3 von Willebrand disease, which is complicated by inhibitors to the factor concentrate he has received.
The statute, section 212(d)(5)(A) of the Immigration and Nationality Act, permits parole only case by case for urgent humanitarian reasons or significant public benefit, and the decision is discretionary. You must show by a preponderance of the evidence that parole is warranted. Matter of Chawathe, 25 I&N Dec. 369, 375-76 (AAO 2010).
USCIS has considered your Form I-131 and statement, a Form I-134 from Arun's uncle in Aurora, Colorado, a letter from a pediatrician in Jaffna, laboratory reports from Colombo, and an email from the Denver center. USCIS proposes to deny the request for the four reasons below.
FIRST REASON
[[treatment-unavailable: The laboratory reports come from a national hospital in Colombo whose hematology unit diagnosed the inhibitor. The pediatrician's letter does not say whether that unit, or a center in Chennai or elsewhere in India, can provide the bypassing agents or immune tolerance treatment that Arun needs, or whether it has been asked.]]
SECOND REASON
[[financial-support: The Denver center's email estimates that bypassing agents alone may cost $40,000 to $90,000 a month for a child of Arun's weight. The uncle's Form I-134 reports $67,000 a year in earnings and $9,800 in savings. No hospital assistance program or charity has agreed to cover the balance.]]
THIRD REASON
[[travel-feasibility: Arun had a joint bleed and a bleed in the mouth in 2027 that needed admission. The trip from Jaffna to Denver involves a domestic journey to Colombo and two long flights. No doctor has confirmed that he is fit for the journey, or said what treatment would be carried on the journey, or who with medical training would accompany him.]]
FOURTH REASON
[[support-plan: Your statement says that you and Arun would stay with his uncle in Aurora, whose household already has five members, and that you would "manage" transport to the center. You do not say who would drive Arun to frequent infusions, who would care for him at home between visits, or how your own daily costs would be met.]]
Send your response, with a copy of this notice, to USCIS Humanitarian Affairs Branch, 5900 Capital Gateway Drive, Mail Stop 2100, Camp Springs, MD 20588-0009. If USCIS does not receive a response by the date worked out above, the request will be decided on the current record.
Ottilie Brennan-Faulk
Adjudications Officer
'''

NOTICES = [
    ("c01-numbered-rfe-2p", "rfe", "2027-01-19", "IOE8142675093", 84,
     ["RFE IOE8142675093 -- Nishiyama -- page 1 of 2", "Request for Evidence (continued) -- IOE8142675093",
      "RFE IOE8142675093 -- Nishiyama -- page 2 of 2"], C01),
    ("c02-lettered-noid", "noid", "2027-03-09", "IOE5907318264", 33, [], C02),
    ("c03-bulleted-denial", "denial", "2027-05-04", "IOE3361840527", None, [], C03),
    ("c04-headed-denial-2p", "denial", "2027-06-15", "IOE7024519386", None,
     ["Cabrera Betancor, Y. -- Decision IOE7024519386 -- 1/2", "IOE7024519386 -- Decision on Application for Parole -- continued",
      "Cabrera Betancor, Y. -- Decision IOE7024519386 -- 2/2"], C04),
    ("c05-runon-noid", "noid", "2027-07-20", "IOE6458023971", 30, [], C05),
    ("c06-quoting-rfe-denial", "denial", "2027-08-10", "IOE2815094763", None, [], C06),
    ("c07-headers-rfe-2p", "rfe", "2027-09-14", "IOE9530176482", 83,
     ["LIM, WEI JIAN -- IOE9530176482 -- RFE", "Page 1 of 2 -- Form I-131 Request for Evidence",
      "Page 2 of 2 -- Form I-131 Request for Evidence"], C07),
    ("n08-addressee-rfe-2p", "rfe", "2027-10-05", "IOE4186027359", 84,
     ["Page 1 of 2 -- IOE4186027359", "Request for Evidence -- IOE4186027359 -- page 2"], N08),
    ("n09-supervisory-denial-2p", "denial", "2027-11-02", "IOE6673501842", None,
     ["Decision with Supervisory Review -- IOE6673501842 -- page 2"], N09),
    ("n10-worksheet-noid", "noid", "2027-12-07", "IOE3049276185", 33, [], N10),
]
