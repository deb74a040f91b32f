-- Views over the evidence tables (see db/README.md). Applied by extractor.store.open_store on
-- every writable open, so each view is dropped and re-created: editing this file and running
-- `extractor load` again is how a view changes. Drop in dependency order (comparison reads
-- evidence).

DROP VIEW IF EXISTS comparison;
DROP VIEW IF EXISTS evidence;

-- One row per finding per topic of its article (a finding of an article in two topics appears
-- twice, once per topic; an article in no topic appears once with topic NULL). Findings of
-- withdrawn articles are left out.
CREATE VIEW evidence AS
SELECT
    f.id AS finding_id,
    f.article,
    a.pmid,
    a.doi,
    t.topic,
    a.design,
    a.year,
    a.journal,
    a.cohort_size,
    a.title,
    f.endpoint,
    f.kind,
    f.value,
    f.unit,
    f.ci_low,
    f.ci_high,
    f.months,
    f.not_reached,
    f.n,
    f.n_total,
    f.group_label,
    f."of",
    f.sentence,
    f.start,
    f."end",
    f.flags,
    f.ordinal
FROM findings AS f
JOIN articles AS a ON a.key = f.article
LEFT JOIN article_topics AS t ON t.article = f.article
WHERE a.status <> 'withdrawn';

-- Per topic, endpoint, of (for HR), kind, timepoint (months), unit and design: how many
-- studies (distinct articles), how many patients (sum of those articles' cohort_size, each
-- article counted once), min / median / max of the stated values and how many figures were
-- "not reached" (those have no value and are not in min/median/max).
--
-- Only whole-cohort figures (group_label IS NULL) are summarised: subgroup and arm figures
-- (a control arm, "active BM") would otherwise be mixed with the main result. Use the
-- evidence view for those.
--
-- SQLite has no MEDIAN(): rank the non-null values within each cell (NULLs last) and average
-- the middle one (odd count) or the middle two (even count): positions (c+1)/2 and (c+2)/2 in
-- integer division.
CREATE VIEW comparison AS
WITH cells AS (
    SELECT
        topic, endpoint, "of", kind, months, unit, design, article, cohort_size, value,
        not_reached,
        ROW_NUMBER() OVER (
            PARTITION BY topic, endpoint, "of", kind, months, unit, design
            ORDER BY value NULLS LAST
        ) AS value_rank,
        COUNT(value) OVER (
            PARTITION BY topic, endpoint, "of", kind, months, unit, design
        ) AS value_count,
        ROW_NUMBER() OVER (
            PARTITION BY topic, endpoint, "of", kind, months, unit, design, article
        ) AS article_rank
    FROM evidence
    WHERE topic IS NOT NULL AND group_label IS NULL
)
SELECT
    topic,
    endpoint,
    "of",
    kind,
    months,
    unit,
    design,
    COUNT(DISTINCT article) AS studies,
    SUM(CASE WHEN article_rank = 1 THEN cohort_size END) AS patients,
    COUNT(value) AS n_values,
    MIN(value) AS min_value,
    AVG(
        CASE
            WHEN value_rank IN ((value_count + 1) / 2, (value_count + 2) / 2) THEN value
        END
    ) AS median_value,
    MAX(value) AS max_value,
    SUM(not_reached) AS not_reached
FROM cells
GROUP BY topic, endpoint, "of", kind, months, unit, design;
