#pragma once
// The hostile dataset the GraphML and GEXF export tests share: parallel edges, typed attributes and strings
// that break careless writers (markup, quotes, control characters, "]]>", Cyrillic and Kazakh letters).
#include <string>

#include "support/test_support.hpp"

namespace repnet::test {

inline const std::string kHostile =
    "<tag> & \"double\" 'single' \t tab\nnewline\r\ncrlf Қазақстан Ұлттық Қауіпсіздік Комитеті ё";

// Parallel edges, typed attributes, hostile strings (markup, quotes, control
// characters, Cyrillic and Kazakh letters), JSON-escaped here.
inline std::string hostile_dataset() {
    const std::string name =
        "<tag> & \\\"double\\\" 'single' \\t tab\\nnewline\\r\\ncrlf Қазақстан Ұлттық Қауіпсіздік Комитеті ё";
    return dataset_json(
        entity("p1", "person", name + "\\u0001\\u001f",
               ", \"aliases\": [\"Ерлан <&> \\\"Ер\\\"\"], \"attributes\": {\"age\": 41, \"score\": 2.5, \"active\": "
               "false, "
               "\"note\": \"a&b]]>\\u000b\"}") +
            "," + entity("p2", "person", "Second", ", \"attributes\": {\"age\": 30, \"score\": 1, \"active\": true}") +
            "," + entity("police", "authority", "Police \\\"Қ\\\" <dept>"),
        relation("police", "p1", "detained", ", \"date\": \"2021-03-04\", \"severity\": \"administrative_detention\"") +
            "," +
            relation("police", "p1", "detained",
                     ", \"date\": \"2021-05\", \"severity\": \"administrative_detention\"") +
            "," + relation("police", "p1", "fined", ", \"date\": \"2021\", \"severity\": \"fine\", \"weight\": 2.5") +
            "," + relation("p1", "p2", "associate_of", ", \"attributes\": {\"how\": \"<b>&amp;</b>\\ttab\"}"));
}

}  // namespace repnet::test
