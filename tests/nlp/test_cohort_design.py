"""Headline cohort size and study design, on the sentence shapes that decide them."""

import pytest

from extractor.models import Article
from extractor.nlp import extract
from extractor.nlp.cohort import cohort_size, words_to_int


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Thirty-nine patients were enrolled.", 39),
        ("We analysed 39 cases collected at 12 Italian centres.", 39),
        ("A total of 1,054 patients were included.", 1054),
        ("One hundred and four patients were treated.", 104),
        # (the thousands once fell away: 215)
        ("One thousand two hundred and fifteen evaluable adults were treated.", 1215),
        # the count in a background section is not the cohort
        (
            "BACKGROUND: 500 patients were seen in earlier trials.\nMETHODS: 104 patients were "
            "included.",
            104,
        ),
        # a fraction's parts are not the cohort; a phase number is not a count
        ("A phase 2 trial enrolled adults. Responses occurred in 11 of 15 patients.", None),
        # "Of N ..., M had ...": the analysed subset ...
        ("Results: Of 2002 patients treated in cohort 1, 398 had BM at baseline.", 398),
        # ... but the evaluable part of those enrolled is an analysis set of the same cohort
        ("RESULTS: Of 34 patients enrolled, 31 were evaluable for efficacy.", 34),
        ("Of the 212 patients enrolled, 180 were evaluable for response.", 212),
        # arms only: sizes in words in brackets, a row with its total, two groups after a colon
        (
            "HLA-A*0201-positive patients were randomly assigned in a 3:1:1 ratio to A plus gp100 "
            "(403 patients), A alone (137 patients) or gp100 alone (136 patients).",
            676,
        ),
        ("Patients randomized (n): A, 335; B, 334; C, 337; total, 1006.", 1006),
        # arms sized in brackets with no verb that formed them; the parts' total "in all"; a
        # bracket after the first arm
        ("Drug X was infused every 3 weeks (q3w; n=43) or, later, weekly (q1w; n=14).", 57),
        ("Cohort 2 (N = 5) and cohort 3 (N = 1) closed early; cohort 1 (N = 14) completed.", 20),
        ("Results: Six patients were treated in phase Ib and 107 in phase II, 113 in all.", 113),
        ("Of the patients randomized, 135 were assigned to A (n=135) and 69 to B.", 204),
        # groups by treatment listed after "received", unless the first is their whole
        (
            "Between them, 292 patients received nivolumab, 691 pembrolizumab and 144 "
            "atezolizumab, and 776 received docetaxel.",
            1903,
        ),
        (
            "RESULTS: In total, 253 patients received treatment, 31 during dose escalation and "
            "222 in the expansion cohorts.",
            253,
        ),
        ("In total, 208 SPUs were given to 179 patients.", 179),
        (
            "We reviewed patients treated at one hospital: 264 received a TKI as first-line "
            "therapy, and 187 received it as second-line therapy.",
            451,
        ),
        # ... unless M is one arm of N, or a share of N
        (
            "Of the 501 patients who underwent randomization, 336 were assigned to A and 165 to B.",
            501,
        ),
        ("Of 733 randomized patients, 373 (50.9%) had HRD tumors.", 733),
        # ... or the rest breaks M down
        ("Of 372 registered patients, 369 were randomised: 246 to A and 123 to B.", 369),
        ("Twenty-three patients (59%) achieved a response.", None),
        # after a Lancet-style bare heading
        ("Findings Of 616 patients screened, 345 were randomly assigned.", 345),
        # a cohort described by shares of it
        ("Results: The study included 174 patients (56.9% male; 27.0% with BM).", 174),
        # allocated, and "N in all"
        ("Findings 882 participants were allocated to A (n=301), B (n=281) or C (n=300).", 882),
        ("Adults (719 in all) were randomized to A (n = 361) or B (n = 358).", 719),
        # "N were randomised"; arms that add up to the whole; arm sizes summed
        ("240 patients were screened and 199 were randomised, 133 to A and 66 to B.", 199),
        ("RESULTS Of 700 patients, 350 were assigned to A and 350 to B alone.", 700),
        ("Methods: The randomised trial compared A (n = 525) with placebo (n = 527).", 1052),
        ("Patients treated from 2015 to 2019 were included (n = 208).", 208),
        # the screened are no cohort; those the trial took in are
        (
            "Findings Of 3807 patients screened, 810 had HER2-positive tumours and 594 were "
            "randomly assigned; 584 were included in the primary analysis.",
            594,
        ),
        ("Results: Of 560 randomized patients, 280 were assigned to each arm.", 560),
        # two arms and no total; the total the arms add up to
        ("Findings 150 patients were allocated to sorafenib and 76 to placebo.", 226),
        (
            "Patients were randomized to Isa-Pd (N=154) or Pd (Pd; N=153); 307 patients were "
            "randomized in total.",
            307,
        ),
        # "N enrolled pts"; "evaluable"; a share in "(n=132; 60.6%)" is no cohort
        ("Results: Among 159 enrolled pts (FL, 127; MZL, 31), follow-up was 52 months.", 159),
        (
            "In all, 218 patients from 41 centers were evaluable. They received six cycles, "
            "mostly as outpatients (n=132; 60.6%).",
            218,
        ),
        ("We studied 409 patients. Altogether, 291 patients received ASCT.", 409),
        # arms enrolled, no total; a planned size is no cohort
        (
            "Thirty-one patients in the WBRT arm and 23 in the combination arm were enrolled "
            "between November 2009 and December 2011.",
            54,
        ),
        (
            "Stage 1 was to enroll 23 evaluable pts. Results: 52 pts with MBC were evaluated.",
            52,
        ),
        ("The trial planned to randomise 130 participants. Only 30 were randomised.", 30),
        ("The study closed after 22 of a planned 110 patients had been enrolled.", 22),
        # eligible after screened; a cascade in one sentence; thousands in spaces; n/N only
        ("Results: 179 patients were screened, and 125 were eligible and received RC48.", 125),
        (
            "From 2014 to 2016, 519 patients aged 18 to 75 years whose CRC had progressed were "
            "screened, and 416 met the eligibility criteria.",
            416,
        ),
        ("Findings: 20 trials met the criteria, with 11 351 patients.", 11351),  # (normalised)
        ("Results: Altogether, 293/355 patients received ASCT.", 355),
        # "ECOG PS <=3 were randomized" holds no count
        (
            "Design: Pts with ECOG PS <=3 were randomized. Results: 472 pts were randomized "
            "(Oral-AZA n=238; placebo n=234).",
            472,
        ),
        # a trial's number is no count
        ("ECOG 4599 randomly assigned patients to PC or PCB.", None),
        # arms in the active voice; arms enrolled by disease; shares of an "Among N" cohort
        ("RESULTS: We assigned 254 patients to tarlatamab and 255 to chemotherapy.", 509),
        (
            "The trial enrolled patients with Ewing sarcoma (N = 45) or osteosarcoma (N = 45).",
            90,
        ),
        (
            "Results: Among 505 patients with PD-L1 TPS >50%, 61% had ECOG PS 0-1. Of 103 "
            "patients who completed 17 cycles, 57 (55.3%) received more.",
            505,
        ),
        # a bare MATERIAL AND METHODS heading ends the background
        (
            "BACKGROUND Data are lacking. MATERIAL AND METHODS Data of 322 patients who received "
            "chemotherapy were reviewed. RESULTS AS was given to 232 patients and AG to 79.",
            322,
        ),
        # a count in the range of years is one unless something dates it
        ("The search found 25 reports of 19 trials, totalling 2052 participants.", 2052),
        ("In 2019 participants were asked; 48 patients were enrolled.", 48),
        # a part's number, and the end of a range, are no counts
        ("Cohort 2 included patients with mUC. Of 38 patients treated, 12 responded.", 38),
        (
            "Patients with a performance status of 0-2 were randomly assigned (2:1); in stage 2 "
            "further patients were treated. In total, 129 patients were randomly assigned.",
            129,
        ),
        # a cohort stated only in the background, by the study itself
        (
            "Background: An interim analysis covered 23 patients. We now describe the full "
            "cohort of 36 patients.\nMethods: Patients were treated until progression.",
            36,
        ),
        # centres are no patients
        (
            "Methods: Data from 12 Italian hospitals on patients with mBC were collected. "
            "Results: One hundred and forty-three patients were included.",
            143,
        ),
        # the enrolled of the screened
        (
            "Findings Between Oct 8, 2018, and Aug 20, 2021, 410 of 519 screened patients were "
            "enrolled (206 atezolizumab, 204 control).",
            410,
        ),
        # counts listed per dose level add up to the cohort
        (
            "RESULTS: Twenty, 44 and three patients were treated at the 100, 125 and 150 mg/m2 "
            "dose levels, respectively.",
            67,
        ),
        # a two-stage design's first stage is no cohort
        (
            "Methods: If more than 2 responses occurred among the first 28 patients, 54 more "
            "were to be enrolled. Results: Eighty-three patients were treated.",
            83,
        ),
        # adjectives joined by "and"/"or" between the count and its noun
        (
            "Methods: This retrospective study included 56 T790M-positive advanced or recurrent "
            "NSCLC patients. Grade 3 adverse events occurred in 15 patients (26.8%).",
            56,
        ),
        ("Background: We report efficacy in 79 pediatric and young adult patients.", 79),
        ("Results: Two or more patients had responses; 44 patients were enrolled.", 44),
        # those taken in of a group just named
        (
            "Results: 69/1299 (5.3%) screened pts were HER2-positive, and 33 of them were "
            "enrolled and evaluable for response.",
            33,
        ),
        # a trial's name in mixed case is no count
        (
            "Methods: CheckMate 141 randomized patients 2:1 to nivolumab. Results: Of the 361 "
            "randomized patients, 240 received nivolumab and 121 IC.",
            361,
        ),
        # the first patients enrolled, consecutively, are the cohort when nothing is planned
        (
            "Results: In the first 55 consecutively enrolled patients with RET-mutant cancer, the "
            "objective response rate was 69%. In 88 other patients the response rate was 73%.",
            55,
        ),
        ("Elderly patients numbered 224 (26%). Results: the ORR was 20%.", 224),
        (
            "Methods: This retrospective single-center study involved 132 patients. Results: "
            "After matching, 44 patients were included in each group.",
            132,
        ),
        # a re-analysis whose only count is the trial's, in the background
        (
            "Background: In the phase 3 REFLECT trial, which randomised 954 patients, lenvatinib "
            "was noninferior. We re-analysed the survival data. Methods: Cox models were used.",
            954,
        ),
        (
            "Results: Fifty-five patients were managed, 48 of whom relapsed. Twenty-eight "
            "patients received BEV.",
            55,
        ),
        # the cohort an opening "Among" describes by its shares
        (
            "Results: Among 300 randomly sampled pts (77.0% HR+, 23.0% HR-), median age was 65 y. "
            "Chemotherapy-naive pts (n = 41) did better.",
            300,
        ),
        # a numerator of the enrolled: the enrolled
        ("Methods: The primary analysis covered the first 850 of 1225 enrolled patients.", 1225),
        # arm sizes closing brackets that say more, combined; a dose is no count
        (
            "METHODS: Three cohorts were combined: a phase 1 cohort (1000 mg/d; n = 39), patients "
            "randomized to pexidartinib (then 800 mg/d; n = 61) and crossover patients (800 mg/d; "
            "n = 30).",
            130,
        ),
        # the arms by treatment received, in one sentence
        (
            "Methods: Between 2014 and 2017, 254 pts received first-line anti-PD-1 monotherapy and "
            "330 first-line BRAF/MEK inhibitors; 310 pts were matched on propensity scores.",
            584,
        ),
        # the screened, then those of them who were treated
        (
            "Results: Among 14 014 MBC files screened, 10 605 concerned HER2-negative disease, and "
            "3426 of those patients had received paclitaxel plus bevacizumab (n = 2127) or "
            "paclitaxel (n = 1299).",
            3426,
        ),
        # a year after a month is no count, whatever noun follows
        (
            "Methods: We included men who began abiraterone from January 2012 to June 2013 and "
            "classified them as postdocetaxel patients. Results: Of the 303 men who received "
            "abiraterone, 99 had had docetaxel and 204 were exception patients.",
            303,
        ),
        # the size of a preliminary part is no cohort
        (
            "After an open-label part to optimize the dose (n = 12), 261 patients with gastric "
            "cancer were randomly assigned to lapatinib plus paclitaxel or paclitaxel.",
            261,
        ),
        ("We looked back and found 93 who developed brain metastases.", 93),
        # those enrolled of a planned number; patients counted by their records
        (
            "Findings By the time of the interim analysis, 745 (99%) of the 748 planned "
            "patients had been enrolled.",
            745,
        ),
        ("Results: One hundred and twenty-four eligible medical records were identified.", 124),
        (  # the randomised, nearly all of whom are split by what they received
            "Results: Of 366 randomized patients, 243 received MIRV and 109 received chemotherapy.",
            366,
        ),
        (  # the count in words of those who received one drug, and the others after a bracket
            "Patients and methods: All patients (20 men and 26 women; median age 52 years) had "
            "positive scans. Twelve patients received 90Y-DOTATOC (cumulative 7.4-11 GBq) and 34 "
            "received 177Lu-DOTATATE (18.5 or 27.5 GBq).",
            46,
        ),
        (  # two groups' sizes in each arm's bracket
            "Patients were randomized 1 : 2 to sonidegib 200 mg (laBCC, n = 66; mBCC, n = 13) or "
            "800 mg (laBCC, n = 128; mBCC, n = 23).",
            230,
        ),
        (  # the dose-finding part's size before the main part's
            "Findings: Phase 1b treated 15 patients; in phase 2, 133 patients were randomised (66 "
            "to the combination and 67 to doxorubicin alone) and 129 (97%) received study drug.",
            133,
        ),
        ("Phase 1b treated 15 patients at three dose levels.", 15),
        (  # another trial's or the study's earlier count before its own
            "The device was approved on the basis of the phase III EF-11 trial, which randomly "
            "assigned 237 patients. Data from 457 patients treated at 91 centres were analysed.",
            457,
        ),
        (
            "We previously reported 155 AML patients treated within the registry and now update "
            "the analysis. Outcomes of the 302 patients were analysed by intention to treat.",
            302,
        ),
        (  # the first patients a planned safety review waits for are no cohort
            "A safety review was planned once the first ten combination patients had received two "
            "cycles. RESULTS: 153 patients were randomized and 148 were eligible.",
            153,
        ),
        (  # "a study of N patients" states the cohort as much as "N patients were included"
            "Methods: Retrospective study of 47 SCLC pts from 2 centres (A, n=29; B, n=18). "
            "Results: 12 pts received lurbinectedin 2L (CTFI 66.7%) and 35 pts 3L+ (CTFI 42.9%).",
            47,
        ),
        (  # a part of the studies with its own size is no second arm
            "Results: The systematic review comprised 39 studies (n = 4819), of which 32 studies "
            "(n = 3038) entered the meta-analysis.",
            4819,
        ),
        (  # a part added to the first ("a further 28 patients") makes the cohort with it
            "Methods: Six patients were treated first; because fewer than one-third had a "
            "dose-limiting toxicity, a further 28 patients were then enrolled.",
            34,
        ),
        (  # "From a cohort of N ..., M had": the subset, as after "Of N"
            "Results: From a cohort of 1,040,877 individuals with CRC, 795 had metastatic disease "
            "involving the brain, and 296 of these had isolated BM.",
            795,
        ),
        (  # "Of N, only M (x%) were able to receive ...": those treated, not a share of N
            "Results: Of 9610 patients, only 155 (1.61%) were able to receive immunotherapy.",
            155,
        ),
        (  # "In 2021 we reported the first cohort, of 55 patients": an earlier report's count
            "In 2021 we reported the first such cohort, of 55 patients, with encouraging "
            "survival. We now present an updated analysis. Eighty-two patients were treated.",
            82,
        ),
        (  # "(n=100; 65% male)" describes the cohort it counts; "(n = 132; 60.6%)" is a share
            "All patients were registered (n=100; 65% male), with subgroup analyses in patients "
            "with multiple metastases (n=35).",
            100,
        ),
        (  # two cohorts' counts in one clause add up to the cohort
            "Methods: 60 patients were enrolled in cohort A and 30 in cohort B. Results: ORR was "
            "30%.",
            90,
        ),
        (  # "After 117 patients had been enrolled, X was added": when, not how many
            "Methods: After 117 patients had been enrolled, folic acid was added for all. "
            "Results: Four hundred fifty-six patients were randomized.",
            456,
        ),
        (  # ... but a trial closed after N patients counts them all
            "RESULTS The study closed early after 540 patients had been enrolled (271 A; 269 B).",
            540,
        ),
        (  # a case report tells of one patient
            "Brain relapse is a problem. We describe a 60-year-old woman with HER2-positive breast "
            "cancer who responded to T-DXd.",
            1,
        ),
        (  # ... also when a sentence opens with the patient's age
            "Case presentation: A 45-year-old man presented with headache and was found to have "
            "brain metastases.",
            1,
        ),
        (  # "One patient had a complete response" counts no cohort
            "One patient had a complete response and two had stable disease.",
            None,
        ),
        (  # "we found 79 with BM": the records' count names no patient noun
            "Methods: Reviewing our institution's records from 2000 to 2016, we found 79 with "
            "brain metastases. Results: The median survival was 18 months.",
            79,
        ),
        # arms stated without their total
        ("RESULTS Each group comprised 246 patients.", 492),
        (
            "Results: Intent-to-treat population: 175 (erdafitinib) and 176 (pembrolizumab) "
            "patients.",
            351,
        ),
        (
            "RESULTS: In the ITT population, 141 pts in the pembrolizumab arm and 140 in the "
            "placebo arm had dMMR tumours.",
            281,
        ),
        (  # a lead-in cohort's size is a part's, not the trial's
            "A lead-in cohort of five patients received axitinib 5 mg twice daily. Findings Of "
            "36 patients assessed for eligibility, 33 were enrolled.",
            33,
        ),
        (  # the sizes of treatment groups in brackets are parts of the count stated before
            "Results: Forty-one patients had BM from HCC. The BM were treated mainly with "
            "whole-brain radiotherapy (5 patients), radiosurgery (7) or resection (6).",
            41,
        ),
        (  # the patients alive are an outcome's count, not the analysed set
            "Results: Of 891 patients analyzed, 452 were alive at a median follow-up of 10.1 "
            "years.",
            891,
        ),
        (  # those a registry study identified, not the registry (nor the years after them)
            "From the 3616 patients in the Dutch CAPRI registry, we retrospectively identified "
            "356 who received cabazitaxel directly after docetaxel before 2017, and followed "
            "them up to 2018; 173 of them received it as second-line treatment.",
            356,
        ),
        (  # those enrolled after a screen that a share describes
            "RESULTS Of 83 patients with samples evaluable for PD-L1, 37 (45%) had PD-L1-positive "
            "tumours, and 23 were enrolled.",
            23,
        ),
        (  # the eligible are no cohort, those randomised are (a 2:1 ratio is no part)
            "Of 606 eligible patients aged 18 to 75 years with confirmed NSCLC, 440 were "
            "randomized in a 2:1 ratio; 439 were analyzed, 296 in the anlotinib group and 143 in "
            "the placebo group.",
            440,
        ),
        (  # a planned size is no cohort
            "About 180 patients were to be randomized; 254 were screened before enrollment was "
            "closed early. RESULTS Sixty patients were randomized, 33 to A and 27 to B.",
            60,
        ),
        (  # a Lancet heading before the count ends the background
            "Background We report overall survival. Methods 142 patients aged 18 years or older "
            "were randomly assigned 2:1 to nivolumab plus ipilimumab or to ipilimumab.",
            142,
        ),
        (  # registries that identify patients count none
            "Methods: In this registry study, two national health registries identified every "
            "patient diagnosed with RCC. Results: RCC was diagnosed in 5,463 patients over the "
            "three periods (n = 1,898, 1,631 and 1,934).",
            5463,
        ),
        (  # the parts add up to the subset; a dose and a number of fractions are no parts
            "Of 836 patients with SCLC treated at one institution between 1998 and 2018, 109 had "
            "brain metastases at diagnosis and form this retrospective cohort; 18 had "
            "chemotherapy alone, 15 WBRT alone and 76 both, most often 30 Gy in 10 fractions.",
            109,
        ),
        (  # a score's threshold before "were randomly assigned" counts no patients
            "Patients with a Karnofsky performance status of at least 70 were randomly assigned "
            "to arm 1 or arm 2. Results: Slow accrual forced early closure after 126 patients "
            "had been entered.",
            126,
        ),
    ],
)
def test_cohort_size(text, n):
    assert cohort_size(text) == n


def test_words_to_int():
    assert words_to_int("Thirty-nine") == 39
    assert words_to_int("one hundred and four") == 104
    assert words_to_int("1,054") == 1054
    assert words_to_int("One thousand two hundred and fifteen") == 1215
    assert words_to_int("two thousand and six") == 2006
    assert words_to_int("several") is None


def design_of(title: str, abstract: str, types: tuple[str, ...] = ()) -> str:
    return extract(
        Article(pmid="1", title=title, abstract=abstract, publication_types=types)
    ).design


@pytest.mark.parametrize(
    ("title", "abstract", "types", "design"),
    [
        (
            "Real life outcome of T-DXd",
            "A multicenter retrospective analysis of 39 patients.",
            (),
            "real-world",
        ),
        # a real-world cohort that compares itself with trials stays real-world
        (
            "T-DXd in routine practice",
            "In this retrospective cohort, results matched the phase III trial.",
            (),
            "real-world",
        ),
        (
            "DESTINY-Breast12",
            "This single-arm, open-label phase 3b/4 study enrolled patients.",
            (),
            "trial",
        ),
        (
            "A pooled analysis of DEBBRAH and TUXEDO-1",
            "We pooled individual patient data of two phase 2 trials.",
            (),
            "pooled",
        ),
        (
            "T-DXd in brain metastases: a systematic review and meta-analysis",
            "PubMed and Embase were searched; random-effects models pooled the ORR.",
            (),
            "meta-analysis",
        ),
        (
            "A case of leptomeningeal disease",
            "We report a case of a woman treated with T-DXd.",
            (),
            "other",
        ),
        # an analysis across trials named in the title
        (
            "Brigatinib activity in brain metastases in two clinical trials",
            "This exploratory analysis combined data from a phase I/II trial and the ALTA trial.",
            (),
            "pooled",
        ),
        # a Cochrane-style systematic review that never says "meta-analysis"
        (
            "Chemotherapy for advanced gastric cancer",
            "Search methods: We searched CENTRAL, MEDLINE and Embase. Selection criteria: "
            "Randomised controlled trials. Data collection and analysis: two authors extracted "
            "data.",
            (),
            "meta-analysis",
        ),
        # weak cues alone: the more of them wins
        (
            "Anti-PD-1 therapy in melanoma brain metastases",
            "We reviewed patients treated at several centres. Sixty-six pts were identified. "
            "Prospective trials are under way.",
            (),
            "real-world",
        ),
        # a design called for is not the study's own
        (
            "CAR T-cell therapy in DLBCL without residual disease",
            "We identified 33 patients at 8 academic centers. This strategy deserves "
            "evaluation in a prospective clinical trial.",
            (),
            "real-world",
        ),
        # a non-interventional phase IV study is real-world
        (
            "A noninterventional, multicenter, prospective phase IV study of trabectedin",
            "Treatment decisions were left to the physicians in everyday clinical practice.",
            (),
            "real-world",
        ),
        # a pooled analysis that names an earlier meta-analysis stays pooled
        (
            "Lung adjuvant cisplatin evaluation: a pooled analysis",
            "Data were pooled from the five largest trials run after the 1995 NSCLC meta-analysis.",
            (),
            "pooled",
        ),
        (
            "Outcomes of relapsed Hodgkin lymphoma",
            "We studied 409 patients drawn from the study group database of four trials.",
            (),
            "pooled",
        ),
        (
            "Bevacizumab in elderly patients",
            "We combined patient-level data from two phase III studies.",
            (),
            "pooled",
        ),
        # a retrospective analysis of a trial is the trial's; of a group's patients it is not
        (
            "T-DM1 in patients with CNS metastases: a retrospective, exploratory analysis in "
            "EMILIA",
            "Background: We examined outcomes in the phase III EMILIA trial by CNS status. "
            "Results: Of the 991 randomized patients, 95 had CNS metastases; median OS was 26.8 "
            "months with T-DM1.",
            (),
            "trial",
        ),
        (
            "Brain metastases in ovarian cancer: a retrospective analysis from the MITO group",
            "Methods: We carried out a multicenter retrospective analysis of patients treated at "
            "18 institutions. Results: Median OS was 12 months.",
            (),
            "real-world",
        ),
        # data pooled from two trials, and trial cohorts combined, make a pooled analysis
        (
            "Crizotinib in ALK-rearranged NSCLC with brain metastases",
            "Patients and Methods: Data were pooled from patients who received crizotinib in the "
            "single-arm phase II PROFILE 1005 trial and the randomized phase III PROFILE 1007 "
            "trial. Results: Of 888 patients in the pooled population, 275 had brain metastases.",
            (),
            "pooled",
        ),
        (
            "Long-term outcomes of pexidartinib",
            "Methods: Three pexidartinib-treated cohorts were combined: the extension cohort of a "
            "phase 1 study (n = 39) and patients randomized to pexidartinib in the phase 3 "
            "ENLIVEN trial (n = 61). Results: The response rate was 60%.",
            (),
            "pooled",
        ),
        # "we analysed N patients ... treated between 2010 and 2016" and nothing else
        (
            "BRAF and MEK inhibition in melanoma brain metastases",
            "We analysed 146 patients who were treated with vemurafenib between 2010 and 2016.",
            (),
            "real-world",
        ),
        # a review that walks through trials; a pooled analysis across named trials
        (
            "The management of HER2-positive breast cancer brain metastases",
            "Here we go through the treatments available today. The tucatinib triplet produced "
            "an intracranial response rate of 47.3% in the HER2CLIMB trial.",
            (),
            "other",
        ),
        (
            "Pembrolizumab in gastric cancer with CPS >=10",
            "We analysed the patients with a CPS of 10 or more across the three trials. Patients "
            "came from KEYNOTE-059 cohort 1 and KEYNOTE-061.",
            (),
            "pooled",
        ),
        (
            "Anti-HER2 therapy in metastatic breast cancer: many choices",
            "In the final CLEOPATRA analysis median overall survival reached 57.1 months. We "
            "argue that the choice should weigh prior resistance.",
            (),
            "other",
        ),
        # a review that discusses how trial results should be weighed
        (
            "First-line therapy after the arrival of checkpoint combinations",
            "IMbrave150 randomised 501 patients. Here we discuss how these results should be "
            "weighed in daily practice.",
            (),
            "other",
        ),
        (
            "Five-year survival from TRANSCEND NHL 001",
            "Response was assessed by an independent review committee (IRC).",
            (),
            "trial",
        ),
        # no cue at all, but a cohort of its own with results: a case series
        (
            "T-DM1 for brain metastases of HER2-positive breast cancer",
            "Ten patients were included. The intracranial response rate was 30% (3 of 10).",
            (),
            "real-world",
        ),
        # "we favour X" in a study's conclusion does not make it a review
        (
            "FOLFIRINOX versus gemcitabine plus nab-paclitaxel for metastatic pancreatic cancer",
            "Methods: We retrospectively collected data on 528 patients. Conclusions: We favour "
            "FFX first.",
            (),
            "real-world",
        ),
        # a trial that also pools its data with an earlier trial's stays a trial
        (
            "Ramucirumab after sorafenib in HCC with raised AFP (REACH-2): a randomised, "
            "double-blind, placebo-controlled, phase 3 trial",
            "REACH-2 was a randomised, double-blind, placebo-controlled phase 3 trial. We also "
            "pooled individual patient data from REACH-2 with those from REACH.",
            (),
            "trial",
        ),
        # "phase 1b-2" is a phase; trials sought in Embase are a meta-analysis's; a closing
        # call for a prospective study is no design of the study's own
        (
            "Ibrutinib in CLL",
            "In this multicenter phase 1b-2 study, 85 patients took part.",
            (),
            "trial",
        ),
        (
            "PARP inhibitors in ovarian cancer",
            "Prospective trials were sought in PubMed, Embase and conference databases.",
            (),
            "meta-analysis",
        ),
        (
            "Survival after checkpoint inhibitors",
            "We reviewed our single-institution experience. The finding is hypothesis-generating "
            "and calls for prospective study.",
            (),
            "real-world",
        ),
        # a cohort study that means to refine treatment recommendations is no guideline; the
        # pooled experience of centres is real-world
        (
            "Ven/aza versus induction chemotherapy",
            "We retrospectively analysed 292 patients to refine treatment recommendations.",
            (),
            "real-world",
        ),
        (
            "Postrelapse survival in DLBCL",
            "We pooled the experience of 4 transplantation centers. Overall survival was the "
            "primary end point.",
            (),
            "real-world",
        ),
        (  # an analysis of two named phase 3 trials together is pooled
            "Afatinib versus chemotherapy (LUX-Lung 3 and LUX-Lung 6): analysis of overall "
            "survival data from two randomised, phase 3 trials",
            "We analysed overall survival in two open-label, randomised, phase 3 trials, "
            "separately and combined. Patients were randomly assigned 2:1 to afatinib or "
            "chemotherapy. Across the two trials combined the HR was 0.59.",
            (),
            "pooled",
        ),
        (
            "A new prognostic score for AIDS-related lymphomas",
            "From a pooled database of prospective trials we took 487 patients.",
            (),
            "pooled",
        ),
        (  # a Bayesian network analysis of published trials is a meta-analysis
            "Therapeutic options for EGFR-mutant NSCLC: a Bayesian network secondary analysis",
            "We performed a Bayesian network secondary analysis of published randomized trials.",
            (),
            "meta-analysis",
        ),
        (  # a single patient described is a case report, however much trial wording it has
            "Immunologic correlates of the abscopal effect in a patient with melanoma",
            "We describe a woman with metastatic melanoma treated with ipilimumab as part of a "
            "clinical protocol.",
            (),
            "other",
        ),
        (  # the planned joint analysis of two trials is pooled
            "Trastuzumab plus adjuvant chemotherapy: planned joint analysis of overall survival "
            "from NSABP B-31 and NCCTG N9831",
            "Two adjuvant trials compared chemotherapy with or without trastuzumab.",
            (),
            "pooled",
        ),
        (  # a meta-analysis named in a registry study's background is not its design
            "Post-ASCT maintenance in Connect MM",
            "Trials and a meta-analysis showed longer survival with maintenance. We used Connect "
            "MM, an observational registry, to study outcomes in routine practice.",
            (),
            "real-world",
        ),
        (  # data combined from several studies are pooled
            "Hypertension as a biomarker of efficacy with sunitinib",
            "We retrospectively combined data from four sunitinib studies in mRCC.",
            (),
            "pooled",
        ),
        (  # a work that reviews the options is a review, whatever it searched
            "Systemic treatment of HER2-positive breast cancer with brain metastases",
            "This work reviews the current systemic options and presents a case study. We "
            "searched PubMed for prospective and phase II studies of HER2-targeting agents.",
            (),
            "other",
        ),
        (  # a drug's "First Approval" profile is a review, whatever trials it quotes
            "Tucatinib: First Approval",
            "The approvals rest on the randomized, placebo-controlled HER2CLIMB trial, in which "
            "median progression-free survival was extended from 5.6 to 7.8 months.",
            (),
            "other",
        ),
        (  # "recommendations" in the background does not make a registry study a guideline ...
            "",
            "No standard exists; recommendations are largely extrapolated from follicular "
            "lymphoma. Patients who received BR as their first treatment were identified "
            "retrospectively. The overall response rate was 93.2%.",
            (),
            "real-world",
        ),
        (  # ... recommendations from a Delphi panel do
            "Prevention of T-DXd-related adverse events: recommendations from an Italian Delphi "
            "panel",
            "In a pooled analysis of nine studies, interstitial lung disease occurred in 15.4%. "
            "A panel of experts drafted recommendations for preventing adverse events.",
            (),
            "other",
        ),
        (  # named trials pooled without the words "pooled analysis"
            "Long-term safety of pembrolizumab monotherapy: a landmark analysis",
            "To describe long-term safety across KEYNOTE-001, KEYNOTE-002 and KEYNOTE-006. "
            "Patients from the three studies who received pembrolizumab were pooled. The ORR was "
            "64.6% in the landmark population of 463 patients.",
            (),
            "pooled",
        ),
        (  # "Prospective studies should refine ..." calls for a study; it reports none
            "Stereotactic radiosurgery for single brain metastases",
            "Eighty-eight consecutive patients were treated with SRS alone. The median OS was "
            "10.6 months. Prospective studies should refine patient selection.",
            (),
            "real-world",
        ),
        (  # several trials pooled: their own trial cues count for the pooled analysis
            "Long-term follow-up on overall survival from the MM-009 and MM-010 phase III trials",
            "We report a pooled update of MM-009 and MM-010, two large multicentre, placebo-"
            "controlled, randomised phase III trials. In both studies patients were randomised to "
            "lenalidomide or placebo; 704 patients in all. Median OS was 38.0 months.",
            (),
            "pooled",
        ),
        (  # ... and "integrated data ... in three phase I/II studies"
            "Comprehensive safety analysis of venetoclax monotherapy",
            "We integrated data on 350 patients with CLL who received venetoclax in three phase "
            "I/II studies. The ORR was 75%.",
            (),
            "pooled",
        ),
        (  # the trial a drug was approved on is no design of the study; "commercial" product
            # in "standard-of-care practice" is real-world
            "Brexucabtagene autoleucel in standard-of-care practice",
            "PURPOSE Brexu-cel was approved for relapsed MCL on the basis of the single-arm phase "
            "II ZUMA-2 trial. We describe outcomes with commercial brexu-cel. RESULTS Of 189 "
            "patients, 168 received the infusion. The best overall response rate was 90%.",
            (),
            "real-world",
        ),
        (  # a prospectively kept database is a registry, not a prospective trial
            "Bevacizumab at relapse of glioblastoma",
            "Patients treated for GBM were entered into a prospective database. The primary "
            "endpoint was median survival from relapse, which was 6 months.",
            (),
            "real-world",
        ),
        (  # ... and so are prospectively collected data that are reviewed
            "Radiosurgery for melanoma brain metastases",
            "We reviewed prospectively collected clinical data of 103 patients. Median OS was "
            "7.4 months.",
            (),
            "real-world",
        ),
        (  # "non-randomised" is no randomised trial
            "Temozolomide-capecitabine versus 5-FU-dacarbazine in neuroendocrine tumours",
            "We reviewed consecutive patients at five centres; propensity scores reduced the bias "
            "of the non-randomised design. Median PFS was 13.8 months.",
            (),
            "real-world",
        ),
        (  # "randomly divided into" two groups is a randomised trial
            "Endostatin with radiotherapy for brain metastases",
            "Methods: Eighty patients were randomly divided into a combination group and a "
            "radiotherapy alone group. Results: The effective rate was 67.5%.",
            (),
            "trial",
        ),
        (  # a "prospective multicentre study" is a trial, not a multicentre series
            "Burkitt lymphoma in paediatric units: results of the third prospective multicentre "
            "study of the group",
            "Children treated with the GFA-LMB2009 protocol in seven centres were registered. "
            "Results: Overall survival at 12 months was 60%.",
            (),
            "trial",
        ),
        # publication types weigh in
        (
            "Outcomes with drug X",
            "Patients received drug X.",
            ("Clinical Trial, Phase II",),
            "trial",
        ),
        (
            "Outcomes with drug X",
            "Patients received drug X.",
            ("Observational Study",),
            "real-world",
        ),
        # the study's own cue in a sentence that calls for another kind of study
        (
            "Genotype-directed therapy in lung adenocarcinoma",
            "Patients were enrolled at 14 institutions. In this observational cohort, targeted "
            "therapy was associated with longer survival; randomized trials are needed.",
            (),
            "real-world",
        ),
        # a natural-history cohort that offers itself as the reference for trials to come
        (
            "Natural history of relapsed myeloma refractory to IMiDs and PIs",
            "Trials of these agents need an up-to-date reference population. In total 543 "
            "patients were enrolled. Median overall survival was 13 months. These figures can "
            "serve as a benchmark for single-arm studies of new therapies.",
            (),
            "real-world",
        ),
        # a series treated off label that calls for prospective trials
        (
            "Nivolumab in relapsed CNS lymphoma",
            "We treated a small series of patients off label with nivolumab: four with relapsed "
            "PCNSL and one with a CNS relapse of PTL. Responses were seen in five of five "
            "patients. These observations support prospective trials of PD-1 blockade.",
            (),
            "real-world",
        ),
        # patients of several prospective protocols, analysed together
        (
            "Updated long-term survival after liver resection and hepatic arterial infusion",
            "Survival was updated for patients treated on four consecutive adjuvant protocols. "
            "The analysis includes all 287 patients enrolled in the four prospective protocols.",
            (),
            "pooled",
        ),
    ],
)
def test_design(title, abstract, types, design):
    assert design_of(title, abstract, types) == design


def test_case_report_forms_are_no_case_report():
    # a chart review that updated its case report forms is no case report quoting figures
    text = (
        "We followed 95 patients treated within a compassionate use programme. Case report "
        "forms were updated after a second review of the records. The ORR was 85%."
    )
    found = extract(Article(pmid="1", title="Ibrutinib: 21-month follow-up", abstract=text))
    assert found.design == "real-world"
    assert [(f.endpoint, f.value) for f in found.findings] == [("ORR", 85.0)]


def test_a_review_quotes_figures_but_yields_none():
    text = "In this review we discuss CNS efficacy: in FLAURA the CNS ORR was 91% with osimertinib."
    assert extract(Article(pmid="1", title="A review", abstract=text)).findings == ()


def test_a_count_per_pooled_trial_is_no_cohort():
    text = (
        "Methods: Fourteen randomized NSCLC trials, each with more than 150 patients, were "
        "pooled (N = 12,567). Results: ORR was 20%."
    )
    assert cohort_size(text) == 12567


def test_a_count_of_planned_events_is_no_cohort():
    text = (
        "Results: OS at 5 years was 76% with nivolumab, at 75% data maturity (228 of 302 "
        "planned events)."
    )
    assert cohort_size(text) is None


@pytest.mark.parametrize(
    ("text", "size"),
    [
        (  # the share treated is a part of the cohort the criteria selected
            "Methods. We searched the NCDB. Results. Of the 2642 patients who met the criteria, "
            "481 (18%) received adjuvant therapy.",
            2642,
        ),
        (  # a planned size that was not reached
            "DESIGN Slow accrual meant that the planned sample of 458 patients could not be "
            "reached.",
            None,
        ),
        ("RESULTS Grade 5 adverse events occurred in three patients on the SD arm.", None),
        ("RESULTS: The database held 270 patients (67% men, mean age 69 years).", 270),
        (  # "Materials and Methods" with a capital M is a heading: the methods are no background
            "Purpose PD-1 blockade looks active in NKTCL, but the evidence rests on small series. "
            "Materials and Methods Thirteen institutions collected data on 59 patients.",
            59,
        ),
    ],
)
def test_hundred_and_eighth_to_eleventh_split_cohorts(text, size):
    assert cohort_size(text) == size


@pytest.mark.parametrize(
    ("text", "size"),
    [
        (  # a population named by its habit
            "Patients and Methods: In this phase III trial, 313 chemotherapy-naive Korean "
            "never-smokers with adenocarcinoma were randomly allocated to gefitinib or GP.",
            313,
        ),
        (  # those who responded are an outcome's count, not the analysed subset
            "RESULTS: Of 39 treated patients, 3 had a CNS response (1 complete, 2 partial), for a "
            "CNS response rate of 7.6%.",
            39,
        ),
    ],
)
def test_never_smokers_and_responders_counts(text, size):
    assert cohort_size(text) == size


def test_those_not_progressed_are_an_outcomes_count():
    assert cohort_size("Results: Of the 40 patients, 12 had not progressed.") == 40


def test_a_total_of_weeks_is_a_length_of_treatment():
    text = (
        "Methods: After surgery, trastuzumab was continued up to a total of 52 weeks. Results: "
        "Of 529 randomised patients, 522 had follow-up data."
    )
    assert cohort_size(text) in (529, 522)  # (the randomised or those with data, not 52)
    assert cohort_size("Results: A total of 1,120 patients were enrolled.") == 1120


def test_a_retrospective_analysis_of_a_regimen_is_no_analysis_of_a_trial():
    title = "Multi-institutional retrospective analysis of FOLFIRI in patients with biliary cancer"
    abstract = "METHODS We identified patients treated with FOLFIRI at three centres."
    assert design_of(title, abstract) == "real-world"
    trial = "Retrospective analysis of EMILIA: outcomes by region"
    assert design_of(trial, "We analysed patients of the phase III trial.") == "trial"


def test_patients_of_several_consecutive_trials_are_a_pooled_analysis():
    title = "Do children with completely resected alveolar rhabdomyosarcoma require adjuvant RT?"
    abstract = (
        "Procedure: We analysed patients with group I ARMS treated on three consecutive "
        "Children's Oncology Group trials (D9602, D9803 and ARST0531). Results: Thirty-six "
        "patients were included (D9602, n = 6; D9803, n = 17; ARST0531, n = 13)."
    )
    assert design_of(title, abstract) == "pooled"
    # (a name's possessive is no count of children)
    assert cohort_size(abstract) == 36


def test_summarising_a_centres_experience_is_no_review():
    abstract = (
        "Context: We summarise the experience of a large tertiary referral centre. Design: "
        "Retrospective single-centre study. Results: We identified 391 adult patients."
    )
    assert design_of("Survival of adults with adrenocortical carcinoma", abstract) == "real-world"


def test_a_childrens_oncology_group_report_is_a_trial():
    title = (
        "Treatment of stage IV favorable histology Wilms tumor with lung metastases: a report "
        "from the Children's Oncology Group AREN0533 study"
    )
    abstract = (
        "Purpose: AREN0533 tested a response-based strategy. Methods: Children whose lung "
        "nodules resolved after 6 weeks continued chemotherapy without lung radiation. "
        "Results: Of 292 patients, 133 had a complete response."
    )
    assert design_of(title, abstract) == "trial"


def test_a_literature_search_is_a_reviews_cue():
    abstract = (
        "Methods: Studies of checkpoint inhibitors in melanoma were identified by a literature "
        "search of MEDLINE. Results: Twelve studies with 2,310 patients were included; the "
        "pooled response rate was 35%."
    )
    assert design_of("Response to checkpoint inhibitors in melanoma", abstract) == "meta-analysis"


def test_the_top_of_a_scores_range_is_no_count():
    text = (
        "Methods: Patients with a WHO risk score of 0 to 6 were included. Results: Of 240 women "
        "enrolled, 216 were eligible."
    )
    assert cohort_size(text) in (240, 216)


def test_screened_then_randomly_assigned_without_were():
    text = (
        "Findings: Between September, 2013, and March, 2015, 306 patients were screened and 257 "
        "randomly assigned; 127 in each group were treated."
    )
    assert cohort_size(text) == 257


def test_screened_then_enrolled_without_were():
    text = "Results: From Oct 2020 to Dec 2021, 71 pts were screened and 58 enrolled (79.3% male)."
    assert cohort_size(text) == 58


def test_one_in_five_patients_is_a_ratio_no_cohort():
    text = (
        "We assessed nivolumab given in real-world practice to 33 Korean patients with HCC. In "
        "the 29 patients with imaging available, the objective response rate was 21.4%. "
        "Nivolumab was tolerable in this heavily pretreated, HBV-dominant population and "
        "produced objective responses in about one in five evaluable patients."
    )
    assert cohort_size(text) == 33


def test_what_retrospective_data_suggested_is_no_cue_of_the_study():
    abstract = (
        "Background Cetuximab with irinotecan is active in KRAS wild-type colorectal cancer, and "
        "retrospective data suggested similar benefit without EGFR expression. Methods In this "
        "multicentre phase II study, patients received cetuximab with irinotecan every 2 weeks. "
        "Response rate was the primary endpoint. Results Forty patients were enrolled. An "
        "objective response was seen in 18 of 40 patients (45%)."
    )
    assert design_of("Biweekly cetuximab plus irinotecan in colorectal cancer", abstract) == "trial"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a rough count of a search is never the cohort
            "Methods: We retrospectively screened more than 6000 patients treated at six "
            "institutions. Results: A total of 274 patients were included: 77 in the MT group "
            "and 197 in the non-MT group.",
            274,
        ),
        (  # those the screen took in, with the verb before them
            "Methods: We screened 628 patients with EGFR-mutant NSCLC and retrospectively "
            "analysed the 96 who had asymptomatic BM. Brain RT was given to 39 patients.",
            96,
        ),
        (
            "Methods: We screened 1,575 adults with PM at 12 centres and analysed all 135 "
            "consecutive patients who received nivolumab/ipilimumab.",
            135,
        ),
        (  # an exact screen with no count after it may be the cohort
            "Methods: We screened 131 patients with recurrent ovarian cancer and analysed their "
            "data. Results: PARP inhibitors were given to 83 patients.",
            131,
        ),
    ],
)
def test_screened_counts_and_those_taken_in(text, expected):
    assert cohort_size(text) == expected


def test_a_mutation_sought_in_many_is_a_screen():
    text = (
        "Design Double-blind trial at 202 sites. A KRAS mutation was sought in 3323 patients "
        "whose NSCLC had progressed; 866 entered the study and 510 underwent randomization."
    )
    assert cohort_size(text) == 866


def test_the_top_of_a_performance_status_range_is_no_count():
    text = (
        "Methods: Patients with a performance status of 0 to 2 were eligible. Results: "
        "Fifty-four patients were enrolled, of whom 47 were evaluable."
    )
    assert cohort_size(text) == 54


def test_patients_identified_from_several_trials_are_a_pooled_analysis():
    abstract = (
        "Methods: Patients aged 18 years or older with NTRK fusion-positive sarcomas were "
        "identified from three clinical trials of larotrectinib and pooled. Results: The "
        "objective response rate was 58%."
    )
    assert design_of("Larotrectinib in adult TRK fusion sarcomas", abstract) == "pooled"


def test_the_top_of_a_range_before_in_all_is_no_total():
    text = "Results: 19 pts were enrolled (median age 65 years, range 48-76; PS 0-1 in all)."
    assert cohort_size(text) == 19
