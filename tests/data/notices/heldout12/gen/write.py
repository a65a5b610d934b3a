#!/usr/bin/env python3
"""Writes src/NAME.txt and spec/NAME.spec.json for the twelfth held-out set.
Run from the notices12 directory. In the texts below each ground is marked
[[category| ... ]]; the markers are removed from the source, and the spec's
first and last words are taken from the marked span (read the way
tools/expected.py reads the notice, furniture left out)."""
import json, os, re, sys
sys.dont_write_bytecode = True  # import expected.py without leaving a cache in tools/

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from expected import reference  # noqa: E402  (only the reading function)

FF = "\f"
N = {}

# ---------------------------------------------------------------- r01
N["r01-numbered-rfe-2p"] = dict(kind="RFE", date="2027-01-18", receipt="IOE0913527840",
  respond_by="2027-04-12",
  furniture=["Request for Evidence, IOE0913527840 | Page 1 of 2",
             "Request for Evidence, IOE0913527840 | Page 2 of 2"],
  text="""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
International Adjudications Support Branch

REQUEST FOR EVIDENCE

January 18, 2027

Receipt Number: IOE0913527840
Form: I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records
Beneficiary: Valentina Quispe Huaman
Petitioner: Rosa Huaman Ccori

Dear Ms. Huaman Ccori:

You asked USCIS to parole your granddaughter, Valentina, who is three years old and was found to have retinoblastoma in both eyes at a hospital in Lima, Peru. Section 212(d)(5)(A) of the Immigration and Nationality Act allows the temporary parole of a person into the United States, one case at a time, for urgent humanitarian reasons or significant public benefit. It is your burden to show, by a preponderance of the evidence, that Valentina qualifies for parole and that she deserves it as a matter of discretion.

We have reviewed what you filed: a diagnosis summary from the national cancer institute in Lima, two ocular ultrasound reports, a Form I-134 signed by Mr. Julio Huaman, and copies of passports. Before a decision can be made, we need the items listed below.

1. [[medical-urgency|The oncology summary of September 2026 reports that Valentina's tumors shrank after two cycles of chemotherapy, but it says nothing about how she has done since. Provide a current letter from the ophthalmologist or oncologist now treating her, giving the stage of each tumor, the treatment she has had since September 2026, and what her doctors expect for her vision and her survival if the recommended treatment is put off.]]

2. [[treatment-unavailable|You state that chemotherapy delivered directly through the ophthalmic artery cannot be obtained in Peru, but you give no source for that statement, and the record is silent on whether centers in Chile, Colombia or Brazil accept children from Peru for this procedure. Submit evidence from a physician or a health authority describing where the treatment is offered in the region and why Valentina cannot receive it there.]]

3. [[us-treatment-arranged|The application includes an email from a patient coordinator at a children's hospital in Philadelphia saying that Valentina's records "will be forwarded for review." A message of this kind does not show that any doctor in the United States has studied her records and
Request for Evidence, IOE0913527840 | Page 1 of 2
""" + FF + """agreed to take her on as a patient. Submit a signed letter from the treating specialist or the hospital accepting Valentina, with the planned treatment, the number of sessions, how long she must remain near the hospital, and the estimated charges.]]

4. [[financial-support|The Form I-134 shows that Mr. Huaman earns about $2,400 a month as a warehouse supervisor in Paterson, New Jersey, and supports three other people. Nothing in the record shows how the treatment, the flights for Valentina and her mother, and several months of lodging would be paid for. Provide evidence of the funds available, such as bank statements, a written pledge from a charity or a hospital assistance program, or a Form I-134 from a second sponsor, together with an estimate of the costs.]]

5. [[documentation|The ultrasound reports and the diagnosis summary were written in Spanish and arrived without English versions. For each document in a foreign language, submit a full English translation, signed by a translator who certifies its completeness and accuracy as well as his or her own ability to translate from Spanish into English.]]

Your response must be received within 84 days of the date of this notice. Send everything you wish us to consider in one package, with a copy of this notice placed on top, to the address below. No extension of this period will be granted. If we do not receive a response, the application will be decided on the existing record, and it may be denied.

USCIS
Attn: Humanitarian Parole, RFE Response
P.O. Box 660012
Dallas, TX 75266

Sincerely,

M. Castellanos
Adjudications Officer
Request for Evidence, IOE0913527840 | Page 2 of 2
""")

# ---------------------------------------------------------------- r02
N["r02-lettered-noid"] = dict(kind="NOID", date="2027-03-09", receipt="IOE0928461053",
  respond_by="2027-04-08", furniture=[],
  text="""U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch
Washington, DC 20529

March 9, 2027

NOTICE OF INTENT TO DENY

Receipt Number: IOE0928461053
Beneficiary: Khamphet Keomany
Petitioner: Souksavanh Keomany

Dear Mr. Keomany:

This notice concerns the Form I-131 you filed for your brother, Khamphet Keomany, a citizen of Laos who is twenty two years old and has beta thalassemia major. You seek parole so that he may receive a bone marrow transplant in California.

USCIS may parole an individual into the United States under INA section 212(d)(5)(A) only for urgent humanitarian reasons or a significant public benefit, and only as a matter of discretion. You bear the burden of establishing eligibility by a preponderance of the evidence. Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

The record contains your Form I-131, a Form I-134 from you, a letter from Dr. Bounmy Phommachanh of Mahosot Hospital in Vientiane dated January 6, 2027, a transfusion log, a letter from a transplant program in Sacramento, and your brother's passport.

Having reviewed this evidence, USCIS intends to deny the application for the following reasons:

(a) [[travel-feasibility|Dr. Phommachanh reports a hemoglobin level of 5.8 g/dL, an enlarged heart, and transfusions every two weeks. Nothing in the record addresses whether Khamphet can safely make a journey of about thirty hours with two connections, whether he would need a transfusion shortly before departure, or whether anyone with medical training would travel with him.]]

(b) [[other-avenues|Khamphet has not sought a visitor visa at any time in order to be treated here, and the application offers no reason for this. The U.S. Embassy in Vientiane interviews visitor visa applicants, and a patient who can show a scheduled treatment and the means to pay for it may ask for an earlier appointment. Parole is not a way around the visa process where that process is open to the person seeking to travel.]]

(c) [[temporary-stay|You write that your brother will live with you in Fresno "until he is strong again" and may afterwards look for work. A marrow transplant is followed by many months of close monitoring, yet the record does not say where that monitoring would happen, whether a physician in Laos would resume his care, or when he would go home. USCIS is therefore unable to find that his stay would be temporary.]]

You may submit evidence in rebuttal within 30 days of the date of this notice. Send it with a copy of this notice to the address on the enclosed cover sheet. If no response is received by then, USCIS will decide the application on the evidence now in the record.

Sincerely,

D. Whitfield
Supervisory Immigration Officer
Enclosure: Response cover sheet
""")

# ---------------------------------------------------------------- r03
N["r03-bulleted-denial"] = dict(kind="denial", date="2027-04-26", receipt="IOE0936014728",
  respond_by=None, furniture=[],
  text="""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Office of International Operations

April 26, 2027

Tendai Moyo
c/o Grace Chikwanha
1418 Westheimer Court, Apt. 6
Houston, TX 77006

Receipt Number: IOE0936014728
Application: Form I-131, Request for Parole

DECISION

Dear Ms. Moyo:

You applied for humanitarian parole so that you could come to the United States from Zimbabwe for radiation treatment of cervical cancer, stage IIB, diagnosed at a hospital in Harare in November 2026. Your cousin, Ms. Grace Chikwanha, is the petitioner and sponsor.

Parole under INA section 212(d)(5)(A) is granted only on a case by case basis, for urgent humanitarian reasons or significant public benefit, and it is discretionary. The applicant must establish by a preponderance of the evidence both that a qualifying reason exists and that parole is warranted in the exercise of discretion.

In support of the application you submitted a pathology report, a letter from your gynecologic oncologist in Harare, a cost estimate from a cancer center in Houston, Ms. Chikwanha's Form I-134 with her tax return for 2025, and your passport.

After careful review, USCIS has determined that you have not established that you warrant parole. The deficiencies are summarized below.

• [[treatment-unavailable|Your oncologist writes that the brachytherapy unit at the radiotherapy centre in Harare was out of service when she last referred a patient there. The letter does not say when that was, whether the unit has since been repaired, or whether you were referred to a hospital in South Africa or Zambia. It has not been established that the treatment you need is out of reach in Zimbabwe or a nearby country.]]

• [[financial-support|Ms. Chikwanha's Form I-134 lists savings of $4,100 and a part time salary as a pharmacy clerk. The Houston estimate is $86,500 for external radiation and brachytherapy alone, not counting travel or living costs. The record shows no other source of payment.]]

• [[support-plan|The application says you would stay "with members of our church" in Houston, but it names none of them, gives no address, and does not explain who would drive you to radiation sessions every weekday for six weeks or look after you when the treatment leaves you weak.]]

• [[discretion|Records of the Department show that you were admitted as a visitor in 2019 and remained eleven months beyond the date you were required to leave. Your application answers "No" to the question whether you have ever violated the terms of a prior admission. The overstay, and its omission from the application, weigh heavily against you when discretion is considered.]]

For these reasons, the application is denied.

There is no appeal from this decision, and it may not be the subject of a motion to reopen or reconsider. You may file a new Form I-131, with the filing fee in effect at that time and any new evidence, if you believe you can overcome the reasons stated above.

Sincerely,

Office of International Operations
Officer 0417
""")

# ---------------------------------------------------------------- r04
N["r04-headed-noid-2p"] = dict(kind="NOID", date="2027-06-14", receipt="IOE0941738206",
  respond_by="2027-07-19",
  furniture=["Notice of Intent to Deny, IOE0941738206, page 2"],
  text="""U.S. Citizenship and Immigration Services
International Adjudications Support Branch

Notice of Intent to Deny

Date: June 14, 2027
Receipt Number: IOE0941738206
Beneficiary: Ahmed Saleh Al Awlaqi
Petitioner: Nabil Al Awlaqi

Dear Mr. Al Awlaqi:

You filed Form I-131 on behalf of your nephew, Ahmed, a two year old citizen of Yemen born with hypoplastic left heart syndrome. You ask that he be paroled so that he can undergo the third stage of his heart surgery, the Fontan operation, at a hospital in Michigan.

Under INA section 212(d)(5)(A), USCIS has discretion to parole a person into the United States temporarily, on a case by case basis, for urgent humanitarian reasons or significant public benefit. The petitioner must prove eligibility by a preponderance of the evidence. Based on the evidence now in the record, USCIS intends to deny the application for the reasons explained under the headings below.

Medical Need

[[medical-urgency|The cardiology report from Aden, dated October 2026, records that Ahmed had the first two stages of surgery in Cairo and is waiting for the third. It does not give his present oxygen saturation, say whether his heart function has worsened, or state how soon the third operation must be done. Without a recent assessment USCIS is unable to find that his need for the operation is urgent.]]

Arrangements in the United States

[[us-treatment-arranged|The letter from Dr. Karen Lindqvist of a pediatric cardiac center in Ann Arbor says that she "would be glad to see Ahmed in clinic." That is an offer of a consultation, not a commitment to operate. The letter does not describe the planned procedure, the surgeon who would perform it, the expected length of his stay in hospital, or the cost.]]

Travel

[[travel-feasibility|A child with Ahmed's heart condition can become dangerously short of breath at cabin altitude. No physician has stated in writing that he is well enough to fly, and the application does not explain how he would travel from Aden to Michigan, whether oxygen or a medical escort would be provided during the
""" + FF + """Notice of Intent to Deny, IOE0941738206, page 2
flights, or how the family would obtain the permits needed to leave Yemen and pass through a transit country.]]

Identity and Documents

[[documentation|The copy of Ahmed's passport is partly unreadable, and both his birth certificate and the Aden cardiology report are in Arabic with no English translation. The name of the child's father is also spelled three different ways across the documents, and nothing in the record explains which spelling is correct.]]

Responding to This Notice

You may respond with rebuttal evidence. Your response must be received by July 19, 2027. Please return a copy of this notice with your response. If you do not respond by that date, the application will be denied.

Sincerely,

L. Ferreira
Immigration Officer
""")

# ---------------------------------------------------------------- r05
N["r05-runon-denial"] = dict(kind="denial", date="2027-07-21", receipt="IOE0957204316",
  respond_by=None, furniture=[],
  text="""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services

July 21, 2027

Receipt Number: IOE0957204316
Beneficiary: Teodoro Choque Mamani

Dear Ms. Choque:

On February 2, 2027, you filed Form I-131, Application for Travel Documents, Parole Documents, and Arrival/Departure Records, seeking humanitarian parole for your brother, Teodoro Choque Mamani, a fifty year old citizen of Bolivia with kidney failure, so that he could receive a kidney transplant in Arizona, with you as the donor. After review of the record, the application is denied.

Parole may be authorized under INA section 212(d)(5)(A) only for urgent humanitarian reasons or significant public benefit, case by case, and the decision whether to grant it is discretionary. The burden is on the petitioner to show eligibility by a preponderance of the evidence.

The record contains two letters from Dr. Mirtha Rojas, a nephrologist in Cochabamba, dialysis records from 2026, a letter from a transplant center in Tucson, an estimate of costs, your Form I-134, and a printed page from a fundraising website.

[[treatment-unavailable|Dr. Rojas states that Mr. Choque undergoes hemodialysis three times a week and has been placed on a waiting list for a kidney from a deceased donor. Her letters do not explain why a transplant from a living donor cannot be performed in Bolivia, or why you, as the intended donor, could not travel there for the operation.]] [[other-avenues|Moreover, Mr. Choque holds a visitor visa, issued in 2024, that has not expired, and the application does not say why he could not use it to seek medical treatment in the United States.]]

[[us-treatment-arranged|The Tucson transplant center has evaluated only you, as a potential donor. Its letter states that Mr. Choque himself would need a complete evaluation before he could be accepted as a recipient and that no decision about his candidacy has been made.]] [[financial-support|Further, you state that the estimate of $212,000 for the transplant and the first year of medication will be covered by "family contributions and fundraising," but you provided no account statements, pledges or totals raised, and the printed page shows a goal rather than funds collected.]]

[[temporary-stay|Finally, a person who receives a kidney transplant needs careful monitoring and costly medication for the rest of his life. You have not identified a nephrologist in Bolivia who would take over Mr. Choque's care after his return or shown how he would obtain the medication there. USCIS is therefore not persuaded that Mr. Choque would depart the United States when his parole expired.]]

For the above reasons, USCIS denies the application.

This decision cannot be appealed. You may submit a new Form I-131 with a new fee and evidence that addresses the concerns described in this notice. Any new application will be considered on its own record.

Sincerely,

R. Okonkwo
Section Chief, Humanitarian Parole
""")

# ---------------------------------------------------------------- r06
N["r06-numbered-denial-3p"] = dict(kind="denial", date="2027-08-30", receipt="IOE0962475931",
  respond_by=None,
  furniture=["Decision, Receipt IOE0962475931, Page 2 of 3",
             "Decision, Receipt IOE0962475931, Page 3 of 3"],
  text="""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

August 30, 2027

Receipt Number: IOE0962475931
Beneficiary: Anujin Ganbold
Petitioner: Sarnai Davaajav

DECISION ON APPLICATION FOR PAROLE

Dear Ms. Davaajav:

USCIS has completed its review of the Form I-131 you filed for your niece, Anujin Ganbold, a fourteen year old citizen of Mongolia. The application states that Anujin has osteosarcoma of the left thigh bone and asks that she be paroled for surgery to remove the tumor while saving the leg, followed by chemotherapy, at a hospital in Seattle, Washington.

Section 212(d)(5)(A) of the INA permits the parole of a person into the United States temporarily, and only on a case by case basis, for urgent humanitarian reasons or significant public benefit. Parole is a discretionary measure. The petitioner must demonstrate by a preponderance of the evidence that the beneficiary is eligible and that parole is warranted. See Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

You submitted a biopsy report dated March 4, 2027, a letter from Dr. Oyunbileg Batsukh of the national cancer center in Ulaanbaatar dated April 12, 2027, an international patient acceptance letter from the Seattle hospital, a Form I-134 from Mr. Erdene Tsogt, the consent of Anujin's mother, a translated birth certificate, and passports.

USCIS has weighed all of this evidence and denies the application for the following reasons.

1. [[medical-urgency|The most recent medical evidence is Dr. Batsukh's letter of April 2027. It does not state whether the tumor has spread to the lungs, how Anujin has responded to chemotherapy since April, or when surgery must take place. USCIS cannot judge the urgency of her situation from records that are more than four months old.]]

2. [[treatment-unavailable|Dr. Batsukh writes that surgery of this kind with an expandable prosthesis is "not routine" in Mongolia. A procedure that is not routine is not for that reason unavailable, and the letter does not say whether surgeons in Seoul or Beijing, to which the letter itself says other children from her ward have been sent, were asked to operate on Anujin or
""" + FF + """Decision, Receipt IOE0962475931, Page 2 of 3
why they could not.]]

3. [[financial-support|The Seattle hospital accepted Anujin as an international patient on condition of a deposit of $150,000 before admission. The only financial evidence is the Form I-134 of Mr. Tsogt, a family friend, who reports yearly income of $58,000 and no savings. You have not shown that the deposit, the remaining charges, or the costs of travel and lodging could be paid.]]

4. [[support-plan|Anujin is a minor. The application stated that her father would come with her, but his own Form I-131 was withdrawn in June 2027, and no other adult has been named to stay with her in the hospital, bring her to physical therapy, and look after her during the months of recovery that follow surgery of this kind.]]

5. [[documentation|Several documents cannot be relied on as submitted. The English version of Dr. Batsukh's letter gives a different date of diagnosis than the Mongolian original, the birth certificate is a photograph too blurred to read, and none of the translations is accompanied by the translator's certification of accuracy, completeness and competence. For these reasons the documents were given
""" + FF + """Decision, Receipt IOE0962475931, Page 3 of 3
little weight.]]

Because the record does not establish that Anujin qualifies for parole or merits it as a matter of discretion, the application is denied.

You may not appeal this decision to the Administrative Appeals Office. If you wish, you may file a new Form I-131 with the required fee. A new filing should include evidence that addresses each of the points above; evidence already in this record will be considered only together with what is new.

If you have questions, you may write to the Humanitarian Affairs Branch at the address on the envelope. Please include the receipt number in any letter.

Sincerely,

J. Amundsen
Director, Humanitarian Affairs Branch
""")

# ---------------------------------------------------------------- r07
N["r07-quoting-rfe-denial"] = dict(kind="denial", date="2027-10-11", receipt="IOE0970386152",
  respond_by=None, furniture=[],
  text="""U.S. Citizenship and Immigration Services
International Adjudications Support Branch

October 11, 2027

Receipt Number: IOE0970386152
Beneficiary: Elira Hoxha
Petitioner: Arben Duka

DECISION

Dear Mr. Duka:

You filed a Form I-131 on March 1, 2027 requesting humanitarian parole for your cousin, Elira Hoxha, a thirty seven year old citizen of Albania. According to the application, she has an ependymoma of the spinal cord at the level of the neck and needs surgery to remove it at a hospital in Chicago.

Parole under INA section 212(d)(5)(A) is available only on a case by case basis for urgent humanitarian reasons or significant public benefit, and it is granted as a matter of discretion. You must establish eligibility by a preponderance of the evidence.

On May 3, 2027, USCIS sent you a Request for Evidence (RFE). Among other things, the RFE stated:

"Submit a letter from a neurosurgeon in the United States who has reviewed Ms. Hoxha's imaging and agreed to operate, describing the procedure and the expected period in hospital."

"Explain why the operation cannot be performed in Albania or in a neighboring country, and provide evidence from a physician in support."

"Provide evidence that the full cost of surgery, hospital care, rehabilitation, travel and lodging will be met."

Your response, received July 24, 2027, included a letter from Dr. Samuel Okafor dated July 10, 2027, a letter from a university hospital in Tirana, a new Form I-134 from Ms. Hoxha's cousin Mr. Gjergj Duka, his pay statements, and a statement from you.

USCIS has reviewed the response together with the rest of the record and finds that it does not overcome the concerns set out in the RFE.

[[us-treatment-arranged|Dr. Okafor confirms that he looked at the MRI images sent to him but writes that he "cannot commit to surgery without examining her in person." That is not the agreement the RFE requested. No surgeon or hospital has accepted Ms. Hoxha for the operation, and there is still no description of the procedure or of her time in hospital.]]

[[treatment-unavailable|The letter from the hospital in Tirana states only that the surgery "carries high risk." Nowhere does it state that the operation is unavailable in Albania, and the response contains nothing about neurosurgical centers in Greece, Italy or North Macedonia, which the RFE specifically asked you to address.]]

[[financial-support|Mr. Gjergj Duka's Form I-134 shows yearly earnings of $47,000 as a line cook. You did not submit any estimate from a hospital in the United States, so the total cost is unknown, and nothing indicates that this income could pay for spinal surgery, inpatient care and weeks of rehabilitation in addition to his own household's needs.]]

[[other|In your statement you also ask that Ms. Hoxha's two children, aged eight and eleven, be paroled with her so that the family is not separated. The children are not beneficiaries of this application, no separate requests were filed on their behalf, and their parole is not before USCIS in this proceeding.]]

Accordingly, the application is denied.

There is no administrative appeal from the denial of a parole request. You may file a new Form I-131 with the fee then in effect and new evidence.

Sincerely,

T. Nakamura
Immigration Officer
""")

# ---------------------------------------------------------------- n08
N["n08-requirement-finding-rfe"] = dict(kind="RFE", date="2027-02-22", receipt="IOE0919640375",
  respond_by="2027-05-17", furniture=[],
  text="""DEPARTMENT OF HOMELAND SECURITY
U.S. Citizenship and Immigration Services
International Adjudications Support Branch

REQUEST FOR EVIDENCE

Notice Date: February 22, 2027
Receipt Number: IOE0919640375
Case Type: I-131, Humanitarian Parole
Beneficiary: Kila Tamate
Petitioner: Pacific Harbor Mission Fellowship, Honolulu

This notice concerns the request for parole filed for Kila Tamate, a six year old citizen of Papua New Guinea with hydrocephalus who depends on a shunt placed in 2024. Parole under INA section 212(d)(5)(A) is available only for urgent humanitarian reasons or significant public benefit and is discretionary; the petitioner must establish eligibility by a preponderance of the evidence.

We reviewed each requirement against the evidence you submitted. The results are shown below as requirement and finding. Where a requirement is marked "Not met," additional evidence is requested.

REQUIREMENT / FINDING

Requirement 1: Urgent medical need
Finding: Not met. [[medical-urgency|The CT report from Port Moresby dated August 2026 shows enlarged ventricles, but the record contains no later examination and no opinion from a neurosurgeon about whether Kila's shunt has failed again or how quickly revision surgery is needed. Submit a current letter from his treating physician with the results of any recent imaging and an opinion on the risk of waiting.]]

Requirement 2: Treatment not available in the home country or region
Finding: Met. The letter from the chief of surgery at the hospital in Port Moresby explains that no surgeon there performs shunt revisions on young children, and the hospital in Brisbane to which Kila was referred declined the case in writing. No further evidence is needed on this point.

Requirement 3: Acceptance by a United States provider
Finding: Not met. [[us-treatment-arranged|A children's hospital in Honolulu has acknowledged receiving Kila's records but has not stated that it will admit him. Submit a letter from the accepting neurosurgeon naming the procedure, the expected length of stay, and the estimated charges.]]

Requirement 4: Payment of costs
Finding: Not met. [[financial-support|The petitioner, a church mission, has promised to "assist with expenses" but gives no amount and no evidence of its resources. Submit a signed commitment stating how much the mission will pay, with its financial statements for the last two years, or other evidence of how the costs will be met.]]

Requirement 5: Safe travel
Finding: Not met. [[travel-feasibility|Kila would fly from Port Moresby to Honolulu through Brisbane or Manila, a trip of well over twelve hours. A child whose shunt is blocked may decline suddenly during a flight. Submit a statement from a physician that he is fit to make this journey, and identify the adult or medical escort who will accompany him and any equipment that will be carried.]]

Your response must be received by May 17, 2027. Return this notice with your response and send all of the evidence at one time. If you do not respond, a decision will be made on the evidence already in the record.

Mail your response to: USCIS, Humanitarian Parole Program, Attn: RFE Response Unit, P.O. Box 4410, Washington, DC 20529.

P. Delacroix
Adjudications Officer
""")

# ---------------------------------------------------------------- n09
N["n09-evidence-list-noid"] = dict(kind="NOID", date="2027-05-10", receipt="IOE0946193820",
  respond_by="2027-06-12", furniture=[],
  text="""U.S. Citizenship and Immigration Services
Humanitarian Affairs Branch

NOTICE OF INTENT TO DENY

May 10, 2027

Receipt Number: IOE0946193820
Beneficiary: Hery Andrianaivo
Petitioner: Voahangy Andrianaivo

Dear Ms. Andrianaivo:

You filed Form I-131 requesting parole for your son, Hery Andrianaivo, a twenty eight year old citizen of Madagascar with severe aplastic anemia, so that he may receive a stem cell transplant in Baltimore.

Parole under INA section 212(d)(5)(A) is granted only for urgent humanitarian reasons or significant public benefit and only in the exercise of discretion. You have the burden of showing eligibility by a preponderance of the evidence.

EVIDENCE RECEIVED

USCIS has received and considered the following:

• Form I-131 and Form I-134, both signed by you;
• a letter from Dr. Haingo Rakotomalala, hematologist, Antananarivo, dated January 15, 2027;
• a hospital discharge summary dated February 2, 2027, in French, with a partial English text;
• a letter of acceptance and cost estimate from a cancer center in Baltimore;
• a police certificate issued in Toamasina on December 28, 2026;
• your bank statements for October 2026 through January 2027.

REASONS FOR THIS NOTICE

[[treatment-unavailable|Dr. Rakotomalala states that stem cell transplants are not performed in Madagascar. She does not say whether transplant centers in South Africa or elsewhere in the region were asked to accept Hery, or why he could not be treated at one of them, even though the same letter mentions that another of her patients was transplanted in Johannesburg last year.]]

[[other-avenues|The application states that a visa "would take too long," yet no appointment for a visitor visa interview was requested at the U.S. Embassy in Antananarivo, and no request to expedite an interview was made. On this evidence, it has not been established that a visa was out of reach in the time available.]]

[[security|The police certificate shows that Hery was convicted in 2022 of assault causing bodily injury and served ten months in prison. The application does not mention the conviction, describe the circumstances of the offense, or offer any evidence of rehabilitation. This criminal history weighs against parole on public safety grounds.]]

[[documentation|The discharge summary is in French, and the English text supplied with it covers only the first of its three pages and bears no certificate from the translator. USCIS cannot give weight to the untranslated portions.]]

RESPONSE

You may respond within 33 days of the date of this notice (30 days plus 3 days for mailing). Submit your response, with a copy of this notice, to the address shown on the attached cover sheet. If you do not respond, or if your response does not overcome the reasons above, the application will be denied.

Sincerely,

K. Brennan-Oduya
Immigration Officer
""")

# ---------------------------------------------------------------- n10
N["n10-subitems-rfe-2p"] = dict(kind="RFE", date="2027-09-20", receipt="IOE0965812047",
  respond_by="2027-12-16",
  furniture=["Request for Evidence, receipt IOE0965812047, continued"],
  text="""U.S. Department of Homeland Security
U.S. Citizenship and Immigration Services
Office of International Operations

September 20, 2027

REQUEST FOR EVIDENCE

Receipt Number: IOE0965812047
Beneficiary: Armando Macuacua
Petitioner: Luisa Macuacua Sitoe

Dear Ms. Macuacua Sitoe:

You have asked USCIS to parole your father, Armando Macuacua, a fifty six year old citizen of Mozambique who has multiple myeloma, so that he can receive high dose chemotherapy followed by a transplant of his own stem cells at a cancer center in Houston, Texas.

Parole may be granted under INA section 212(d)(5)(A) on a case by case basis for urgent humanitarian reasons or significant public benefit. It is discretionary, and the petitioner must prove eligibility by a preponderance of the evidence. See Matter of Chawathe, 25 I&N Dec. 369 (AAO 2010).

The record includes a letter from Dr. Celeste Nhantumbo of the central hospital in Maputo, laboratory results from November 2026, an estimate from the Houston cancer center, a letter from the provincial health directorate, and your Form I-134.

The evidence does not yet establish eligibility. Each matter on which evidence is needed is stated below, followed by the specific points that remain open.

1. [[medical-urgency|The record does not describe your father's present condition. In particular:
(i) the most recent laboratory results are from November 2026;
(ii) no physician has stated whether the disease responded to the induction chemotherapy given in Maputo;
(iii) Dr. Nhantumbo's letter does not explain what is likely to happen to your father if the transplant is delayed.
Submit a current letter from his treating physician, with recent test results, that addresses each of these points.]]

2. [[us-treatment-arranged|The arrangements for treatment in the United States are incomplete:
(i) the Houston cancer center provided a cost estimate of $118,000 but has not confirmed that a transplant physician has accepted your father as a patient;
(ii) the dates of admission and the expected length of treatment are not given.
Provide written confirmation of his acceptance from the treating physician or the center, setting out the treatment schedule.]]

3. [[financial-support|The plan to pay for treatment is not supported by the evidence:
(i) your Form I-134 reports income of $39,500 a year for a household of five;
(ii) no bank or savings statements were submitted;
""" + FF + """Request for Evidence, receipt IOE0965812047, continued
(iii) the letter from the provincial health directorate says it "supports the request" but does not say that it will pay any amount, and it is not signed.
Submit evidence of funds or binding commitments sufficient to cover the estimate and the costs of travel and lodging.]]

4. [[temporary-stay|The plan for your father's return to Mozambique is not described:
(i) the record does not identify who will provide follow up care in Mozambique after the transplant;
(ii) nothing shows his ties to Mozambique, such as property, employment or family who remain there.
Provide a statement from a physician in Mozambique who agrees to continue his care, and evidence of his ties to Mozambique.]]

We must receive your response within 87 days of the date of this notice (84 days plus 3 days for mailing). Submit all of the requested evidence at the same time, together with this notice. USCIS will not grant an extension of this period. If you do not respond, the application will be decided on the current record.

Sincerely,

S. Halvorsen
Adjudications Officer
""")

MARK = re.compile(r"\[\[([a-z-]+)\|(.*?)\]\]", re.S)

def main():
    os.makedirs("src", exist_ok=True)
    os.makedirs("spec", exist_ok=True)
    for name, n in N.items():
        marked = n["text"]
        plain = MARK.sub(lambda m: m.group(2), marked)
        assert "[[" not in plain and "]]" not in plain, name
        src = f"src/{name}.txt"
        open(src, "w", encoding="utf-8").write(plain)
        grounds = []
        for m in MARK.finditer(marked):
            span = reference(m.group(2), n["furniture"])
            words = span.split(" ")
            first = " ".join(words[:7])
            last = " ".join(words[-4:])
            grounds.append([m.group(1), first, last])
            n.setdefault("_quotes", []).append(span)
        spec = {"source": src, "kind": n["kind"], "date": n["date"], "receipt": n["receipt"]}
        if n["respond_by"]:
            spec["respond_by"] = n["respond_by"]
        spec["furniture"] = n["furniture"]
        spec["grounds"] = grounds
        lines = [json.dumps({k: v for k, v in spec.items() if k != "grounds"}, ensure_ascii=False)[:-1] + ',\n "grounds": [']
        lines.append(",\n".join("  " + json.dumps(g, ensure_ascii=False) for g in grounds))
        lines.append("]}\n")
        open(f"spec/{name}.spec.json", "w", encoding="utf-8").write("\n".join(lines))
        # self check: the spec's first/last words cut out exactly the marked span
        ref = reference(plain, n["furniture"])
        for (cat, first, last), q in zip(grounds, n["_quotes"]):
            s = ref.index(first)
            e = ref.index(last, s) + len(last)
            assert ref[s:e] == q, (name, first)
        print("wrote", src, f"spec/{name}.spec.json", len(grounds), "grounds")

if __name__ == "__main__":
    main()
