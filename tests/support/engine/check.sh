#!/usr/bin/env bash
# Smoke test of a running node with plain curl (python3 only parses the JSON answers):
#   check.sh PORT
# Creates throw-away indices engine_check_v1 / engine_check_v2, checks the Czech analysis
# chain (lowercase, _czech_ stop words, czech stemmer, asciifolding, edge_ngram filter
# and tokenizer, inline synonyms), the built-in czech and english analyzers and an atomic
# alias swap, then deletes what it created.  Exit 0 = all good.
set -euo pipefail
PORT=${1:?usage: check.sh PORT}
URL=http://127.0.0.1:$PORT
FAILS=0

req() { # METHOD PATH [JSON]
    if [ $# -ge 3 ]; then
        curl -sS -X "$1" "$URL$2" -H 'Content-Type: application/json' --data-binary "$3"
    else
        curl -sS -X "$1" "$URL$2"
    fi
}

# tokens METHOD PATH JSON -> the analyzed tokens, space separated
tokens() {
    req POST "$1" "$2" | python3 -c 'import json,sys; print(" ".join(t["token"] for t in json.load(sys.stdin)["tokens"]))'
}

expect() { # NAME ACTUAL EXPECTED  (exact match)
    if [ "$2" = "$3" ]; then
        printf 'ok    %-34s %s\n' "$1" "$2"
    else
        printf 'FAIL  %-34s got [%s] want [%s]\n' "$1" "$2" "$3"
        FAILS=$((FAILS + 1))
    fi
}

req DELETE /engine_check_v1,engine_check_v2?ignore_unavailable=true >/dev/null

SETTINGS='{
  "settings": {
    "number_of_shards": 1,
    "number_of_replicas": 0,
    "analysis": {
      "filter": {
        "czech_stop":    {"type": "stop", "stopwords": "_czech_"},
        "czech_stemmer": {"type": "stemmer", "language": "czech"},
        "cs_edge_ngram": {"type": "edge_ngram", "min_gram": 2, "max_gram": 15},
        "cs_synonyms":   {"type": "synonym", "synonyms": ["auto, automobil, vůz", "pc => počítač"]}
      },
      "tokenizer": {
        "cs_edge_tokenizer": {"type": "edge_ngram", "min_gram": 2, "max_gram": 10,
                              "token_chars": ["letter", "digit"]}
      },
      "analyzer": {
        "cs_text": {"type": "custom", "tokenizer": "standard",
                    "filter": ["lowercase", "czech_stop", "czech_stemmer", "asciifolding"]},
        "cs_synonym": {"type": "custom", "tokenizer": "standard",
                       "filter": ["lowercase", "cs_synonyms", "czech_stop", "czech_stemmer", "asciifolding"]},
        "cs_autocomplete": {"type": "custom", "tokenizer": "standard",
                            "filter": ["lowercase", "asciifolding", "cs_edge_ngram"]},
        "cs_edge": {"type": "custom", "tokenizer": "cs_edge_tokenizer",
                    "filter": ["lowercase", "asciifolding"]}
      }
    }
  },
  "mappings": {
    "properties": {
      "title": {"type": "text", "analyzer": "cs_text",
                "fields": {"ac": {"type": "text", "analyzer": "cs_autocomplete",
                                  "search_analyzer": "cs_text"}}}
    }
  }
}'

for v in v1 v2; do
    ack=$(req PUT "/engine_check_$v" "$SETTINGS" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("acknowledged"))')
    expect "create index engine_check_$v" "$ack" True
done

expect "cs_text vykázaného (stem)" "$(tokens /engine_check_v1/_analyze '{"analyzer":"cs_text","text":"vykázaného"}')" "vykazan"
expect "cs_text stop words dropped" "$(tokens /engine_check_v1/_analyze '{"analyzer":"cs_text","text":"a také Vykázaného"}')" "vykazan"
expect "cs_synonym auto (stemmed)" "$(tokens /engine_check_v1/_analyze '{"analyzer":"cs_synonym","text":"auto"}')" "aut automobil vuh"
expect "cs_synonym pc => počítač (stemmed)" "$(tokens /engine_check_v1/_analyze '{"analyzer":"cs_synonym","text":"PC"}')" "pocitak"
expect "edge_ngram filter Žluťoučký" "$(tokens /engine_check_v1/_analyze '{"analyzer":"cs_autocomplete","text":"Žluťoučký"}')" "zl zlu zlut zluto zlutou zlutouc zlutouck zlutoucky"
expect "edge_ngram tokenizer Kůň" "$(tokens /engine_check_v1/_analyze '{"analyzer":"cs_edge","text":"Kůň"}')" "ku kun"
expect "built-in czech vykázaného" "$(tokens /_analyze '{"analyzer":"czech","text":"vykázaného"}')" "vykázan"
expect "built-in czech stop words" "$(tokens /_analyze '{"analyzer":"czech","text":"a také"}')" ""
expect "built-in english" "$(tokens /_analyze '{"analyzer":"english","text":"The running foxes"}')" "run fox"

# documents + atomic alias swap
req PUT '/engine_check_v1/_doc/1?refresh=true' '{"title":"Vykázaného zboží"}' >/dev/null
req PUT '/engine_check_v2/_doc/1?refresh=true' '{"title":"Žluťoučký kůň"}' >/dev/null
req POST /_aliases '{"actions":[{"add":{"index":"engine_check_v1","alias":"engine_check"}}]}' >/dev/null
hits() { # QUERYFIELD TEXT -> ids of hits in alias engine_check
    req POST /engine_check/_search "{\"query\":{\"match\":{\"$1\":\"$2\"}}}" |
        python3 -c 'import json,sys; print(" ".join(h["_index"]+"/"+h["_id"] for h in json.load(sys.stdin)["hits"]["hits"]))'
}
expect "search via alias (stemmed)" "$(hits title vykázané)" "engine_check_v1/1"
expect "autocomplete prefix vyka" "$(hits title.ac vyka)" "engine_check_v1/1"
swap=$(req POST /_aliases '{"actions":[
  {"remove":{"index":"engine_check_v1","alias":"engine_check"}},
  {"add":{"index":"engine_check_v2","alias":"engine_check"}}]}' |
    python3 -c 'import json,sys; print(json.load(sys.stdin).get("acknowledged"))')
expect "alias swap acknowledged" "$swap" True
expect "alias now points to" "$(req GET /_alias/engine_check | python3 -c 'import json,sys; print(" ".join(sorted(json.load(sys.stdin))))')" "engine_check_v2"
expect "search via swapped alias" "$(hits title.ac zlut)" "engine_check_v2/1"

req DELETE /engine_check_v1,engine_check_v2 >/dev/null
if [ $FAILS -eq 0 ]; then
    echo "check.sh: all checks passed on $URL"
else
    echo "check.sh: $FAILS check(s) FAILED on $URL"
    exit 1
fi
