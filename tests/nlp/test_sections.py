"""Section labels of structured abstracts, as PubMed, journals and JSONL exports print them."""

from extractor.nlp.sections import label_marks, mask_background, section_at


def test_labels_inline_on_lines_and_bare():
    text = (
        "IMPORTANCE: Brain metastases matter. OBJECTIVE: To assess X. DESIGN, SETTING, AND "
        "PARTICIPANTS: This trial assigned 479 women.\nRESULTS: ORR was 40%: a good result. "
        "Findings Between 2019 and 2021 we enrolled 20 patients."
    )
    labels = [label for _, label in label_marks(text)]
    assert labels == [
        "importance",
        "objective",
        "design, setting, and participants",
        "results",
        "findings",
    ]
    assert section_at(text, text.index("479")) == "design, setting, and participants"
    assert section_at(text, 0) == "importance"


def test_background_is_masked_with_offsets_kept():
    text = "BACKGROUND: 500 patients in trial Y. METHODS: 39 patients were enrolled."
    masked = mask_background(text)
    assert len(masked) == len(text)
    assert "500" not in masked and "39 patients" in masked
    assert mask_background("No labels at all.") == "No labels at all."


def test_bare_upper_case_headings_of_jco_style():
    text = (
        "PURPOSE Earlier trials gave an ORR of 10%. PATIENTS AND METHODS Patients received X. "
        "RESULTS The ORR was 40%."
    )
    assert [label for _, label in label_marks(text)] == [
        "purpose",
        "patients and methods",
        "results",
    ]
    assert "10%" not in mask_background(text)


def test_ascii_labels_read_as_the_character_walk_reads_them():
    """ASCII text reads a label's words with one match, other text walks back character by
    character: the same labels (a non-ASCII ending sends a text down the walk)."""
    import random

    parts = ["Results", "RESULTS", "Patients and Methods", ":", ": ", ":\n", " ", ". ", "\n"]
    parts += ["x", "A", "&", "/", ",", "1", "?", "B C D E F G", "a" * 40]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(parts) for _ in range(rng.randint(0, 14)))
        assert label_marks(text) == label_marks(text + " \u00e9"), text


def test_a_bare_heading_may_open_with_a_count():
    # Lancet: "Methods 142 patients ... were randomly assigned": the heading ends the background
    text = (
        "Background Nivolumab plus ipilimumab improved response. Methods 142 patients were "
        "randomly assigned. Findings 741 patients were analysed."
    )
    assert [label for _, label in label_marks(text)] == ["background", "methods", "findings"]
    assert "142 patients" in mask_background(text)


def test_background_aim_and_sentence_case_methods_headings():
    # Anticancer Research's "Background/Aim:" is background; Springer's "Materials and
    # methods" heading ends the introduction
    text = (
        "Background/Aim: EV gave an ORR of 67.7% in EV-302. Patients and Methods: We studied 18 "
        "patients. Results: ORR was 20%."
    )
    assert section_at(text, text.index("67.7")) == "background/aim"
    text = "Introduction PSA is measured. Materials and methods This study included 176 patients."
    assert "176 patients" in mask_background(text)
