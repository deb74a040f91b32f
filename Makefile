# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
TOPIC  ?= her2-bcbm
CORPUS ?= corpora/her2-bcbm
DRUG   ?= T-DXd

.PHONY: run test lint format score bench bench-instructions clean

# (Re)install when the project's dependencies change; create the venv when it is missing.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

## run: load the bundled corpus into db/evidence.db and print real-world against trial
run: $(STAMP)
	$(BIN)/extractor load $(CORPUS) --topic $(TOPIC)
	$(BIN)/extractor plot --topic $(TOPIC) --endpoint iORR --drug $(DRUG) -o db/forest-iORR.png
	$(BIN)/extractor compare --topic $(TOPIC) --drug $(DRUG)

## test: lint, then the whole test suite
test: $(STAMP) lint
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check extractor tests benchmarks
	$(BIN)/ruff format --check extractor tests benchmarks

format: $(STAMP)
	$(BIN)/ruff check --fix extractor tests benchmarks
	$(BIN)/ruff format extractor tests benchmarks

## score: accuracy on the labelled corpora
score: $(STAMP)
	$(BIN)/extractor evaluate corpora/her2-bcbm/gold corpora/her2-bcbm
	@for split in train train2 train3 train4 train5 train6 train7 train8 train9 train10 train11 train12 train13 train14 train15 train16 train17 train18 train19 train20 train21 train22 train23 train24 train25 train26 train27 train28 train29 train30 train31 train32 train33 train34 train35 train36 train37 train38 train39 train40 train41 train42 train43 train44 train45 train46 train47 train48 train49 train50 train51 train52 train53 train54 train55 train56 train57 train58 train59 train60 train61 train62 train63 train64 train65 train66 train67 train68 train69 train70 train71 train72 train73 train74 train75 train76 train77 train78 train79 train80 train81 train82 train83 train84 train85 train86 train87 train88 train89 train90 train91 train92 train93 train94 train95 train96 train97 train98 train99 train100 train101 train102 train103 train104 train105 train106 train107 train108 train109 train110 train111 train112 train113 train114 train115 train116 train117 train118 train119 train120 train121 train122 train123 train124 train125 train126 train127 train128 train129 train130 train131 train132 train133 train134 train135 train136 train137 train138 train139 train140 train141 train142 train143 train144 train145 train146 train147 train148 train149 train150 train151 train152 train153 train154 train155 train156 train157 train158 train159 train160 train161 train162 train163 train164 train165 train166 train167 train168 train169 train170 train171 train172 train173 train174 train175 train176 train177 train178 train179 train180 train181 train182 train183 train184 train185 train186 train187 train188 train189 train190 train191 train192 train193 train194 train195 train196 train197 train198 train199 train200 train201 train202 train203 train204 train205 train206 train207 train208 train209 train210 train211 train212 train213 train214 train215 train216 train217 train218 train219 train220 train221 train222 train223 train224 train225 train226 train227 train228 train229 train230 train231 train232 train233 train234 train235 train236 train237 train238 train239 train240 train241 train242 train243 train244 train245 train246 train247 train248 train249 train250 train251 train252 train253 train254 train255 train256 heldout heldout2 heldout3 heldout4 heldout5 heldout6 heldout7 heldout8 heldout9 heldout10 heldout11 heldout12 heldout13 heldout14 heldout15 heldout16 heldout17 heldout18 heldout19 heldout20 heldout21 heldout22 heldout23 heldout24 heldout25 heldout26 heldout27 heldout28 heldout29 heldout30 heldout31 heldout32 heldout33 heldout34 heldout35 heldout36 heldout37 heldout38 heldout39 heldout40 heldout41 heldout42 heldout43 heldout44 heldout45 heldout46 heldout47 heldout48 heldout49 heldout50 heldout51 heldout52 heldout53 heldout54 heldout55 heldout56 heldout57 heldout58 heldout59 heldout60 heldout61 heldout62 heldout63 heldout64 heldout65 heldout66 heldout67 heldout68 heldout69 heldout70 heldout71 heldout72 heldout73 heldout74 heldout75 heldout76 heldout77 heldout78 heldout79 heldout80 heldout81 heldout82 heldout83 heldout84 heldout85 heldout86; do \
	  echo "== oncology/$$split"; \
	  $(BIN)/extractor evaluate corpora/oncology/$$split-gold corpora/oncology/$$split.jsonl; \
	done

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_extract.py

## bench-instructions: instructions per abstract (steadier than timings; needs valgrind)
bench-instructions: $(STAMP)
	$(BIN)/python benchmarks/bench_instructions.py

clean:
	rm -rf $(VENV) db/evidence.db db/evidence.db-*
