#!/usr/bin/python3
"""Writes the hostile-input corpus (json/, edges/, ftm/, xml/, csv/) and MANIFEST.tsv next to this script.

Run it again after changing a case; the files are committed. Each manifest row is
FILE <tab> EXIT <tab> LOCATION, where EXIT is 0 (valid input) or 2 (input error)
and LOCATION, for EXIT 2, is a regular expression the first error line must match
right after the file name (e.g. ":1:23:" or ":[0-9]+:[0-9]+:"). Files too big to
commit (a 50 MB string, 100k-deep nesting) are made by the test itself.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ANY = r":[0-9]+:[0-9]+:"
rows = []


def ev(loc="1"):
    return [{"source": "s", "locator": loc}]


def dataset(entities=None, relations=None, sources=None, extra=None):
    d = {"repnet_dataset": 1,
         "sources": sources if sources is not None else [{"id": "s", "publisher": "p", "title": "t"}],
         "entities": entities if entities is not None else [
             {"id": "a", "type": "person", "name": "Alice", "evidence": ev()},
             {"id": "b", "type": "person", "name": "Bob", "evidence": ev()}],
         "relations": relations if relations is not None else [
             {"source": "a", "target": "b", "type": "relative_of", "evidence": ev()}]}
    if extra:
        d.update(extra)
    return d


VALID = json.dumps(dataset(), indent=1, ensure_ascii=False)


def put(name, content, code, where=ANY, folder=None):
    if folder:
        pass
    elif name.endswith(".json"):
        folder = "json"
    elif name.endswith(".ftm"):
        folder = "ftm"
    elif name.endswith(".graphml") or name.endswith(".gexf"):
        folder = "xml"
    else:
        folder = "edges"
    path = os.path.join(HERE, folder, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(content if isinstance(content, bytes) else content.encode("utf-8"))
    rows.append((folder + "/" + name, code, where if code == 2 else ""))


def rel(**kw):
    r = {"source": "a", "target": "b", "type": "relative_of", "evidence": ev()}
    r.update(kw)
    return dataset(relations=[r])


def ent(**kw):
    e = {"id": "c", "type": "person", "name": "Carol", "evidence": ev()}
    e.update(kw)
    return dataset(entities=dataset()["entities"] + [e])


def js(d):
    return json.dumps(d, ensure_ascii=False)


# ---- JSON: valid edge cases ---------------------------------------------------------------
put("valid.json", VALID, 0)
put("valid_bom.json", b"\xef\xbb\xbf" + VALID.encode(), 0)
put("valid_crlf.json", VALID.replace("\n", "\r\n"), 0)
put("valid_one_line.json", js(dataset()), 0)
put("valid_weight_exp.json", js(rel(weight=2.5e2)).replace("250.0", "2.5e2"), 0)
put("valid_unicode_names.json", js(ent(name="Émile Zoé", aliases=["Айгерім", "Ӓ"])), 0)
put("valid_nfd_merge.json", js(ent(id="c2", name="E\u0301mile")).replace('"Carol"', '"Carol"'), 0)
put("valid_case_fold_merge.json", js(dataset(entities=[
    {"id": "a", "type": "person", "name": "ÉMILE", "evidence": ev()},
    {"id": "a2", "type": "person", "name": "émile", "evidence": ev()},
    {"id": "b", "type": "person", "name": "Bob", "evidence": ev()}])), 0)
put("valid_id_case_clash.json", js(dataset(entities=[
    {"id": "a", "type": "person", "name": "Alice", "evidence": ev()},
    {"id": "A", "type": "person", "name": "Alicia", "evidence": ev()},
    {"id": "b", "type": "person", "name": "Bob", "evidence": ev()}])), 0)
put("valid_escaped_unicode.json", js(ent(name="\\u0041lice2")).replace("\\\\u0041", "\\u0041"), 0)
put("valid_big_integer_attribute.json", js(ent(attributes={"n": 123456789012345678})), 0)
put("valid_huge_integer_as_double.json", js(ent(attributes={"n": 1})).replace('"n": 1', '"n": 123456789012345678901234567890'), 0)
put("valid_leap_day.json", js(rel(date="2020-02-29")), 0)
put("valid_deep_attributes_ok.json", js(ent(attributes={"k": "v"})), 0)
put("nesting_500_unknown_field.json", '{"repnet_dataset": 1, "x": ' + "[" * 500 + "]" * 500 + "}", 2, r":1:23:")  # parses; then the unknown field "x"

# ---- JSON: syntax and encoding ------------------------------------------------------------
put("empty.json", "", 2)
put("only_whitespace.json", " \n\t\r\n", 2)
put("truncated_half.json", VALID[: len(VALID) // 2], 2)
put("truncated_in_string.json", VALID[: VALID.index("Alice") + 2], 2)
put("truncated_in_number.json", '{"repnet_dataset": 1', 2, r":1:21:")
put("truncated_after_key.json", '{"repnet_dataset"', 2)
put("truncated_utf8_at_eof.json", b'"AAAAAAAAAAAAAAAAAAAA\xf4', 2)
put("truncated_utf8_2byte.json", b'{"repnet_dataset": 1, "a": "\xd0', 2)
put("invalid_utf8_in_string.json", VALID.encode().replace(b"Alice", b"Al\xffce"), 2)
put("invalid_utf8_overlong.json", VALID.encode().replace(b"Alice", b"Al\xc0\xafce"), 2)
put("invalid_utf8_surrogate.json", VALID.encode().replace(b"Alice", b"Al\xed\xa0\x80ce"), 2)
put("invalid_utf8_in_key.json", b'{"repnet_\xfe": 1}', 2)
put("nul_byte.json", VALID.encode().replace(b"Alice", b"Al\x00ce"), 2)
put("utf16le_bom.json", b"\xff\xfe" + VALID.encode("utf-16-le"), 2)
put("double_bom.json", b"\xef\xbb\xbf\xef\xbb\xbf" + VALID.encode(), 2)
put("trailing_comma.json", VALID.rstrip()[:-1] + ",}", 2)
put("trailing_garbage.json", VALID + "x", 2)
put("two_documents.json", VALID + VALID, 2)
put("single_quotes.json", VALID.replace('"', "'"), 2)
put("comment.json", "// hi\n" + VALID, 2, r":1:1:")
put("unclosed_array_deep.json", "[" * 30000, 2, r":1:513:")
put("unclosed_object_deep.json", '{"a":' * 30000, 2, r":1:2561:")
put("deep_array_closed.json", "[" * 30000 + "]" * 30000, 2, r":1:513:")
put("deep_in_attributes.json", js(ent(attributes={"k": "v"})).replace('{"k": "v"}', '{"k": ' + "[" * 2000 + "]" * 2000 + "}"), 2)
put("control_char_in_string.json", VALID.replace("Alice", "Al\tice"), 2)
put("lone_surrogate_escape.json", VALID.replace("Alice", "Al\\ud800ce"), 2)
put("bad_escape.json", VALID.replace("Alice", "Al\\qce"), 2)
put("not_an_object.json", "[1, 2, 3]", 2, r":1:1:")
put("null_root.json", "null", 2, r":1:1:")
put("string_root.json", '"repnet"', 2, r":1:1:")

# ---- JSON: numbers --------------------------------------------------------------------------
for name, text in [("weight_0e76", "0e76"), ("weight_0.0e76", "0.0e76"), ("weight_0e-76", "0e-76"),
                   ("weight_zero", "0"), ("weight_negative_zero", "-0.0"), ("weight_negative", "-1")]:
    put(name + ".json", js(rel(weight=12345)).replace("12345", text), 2)
put("weight_1e400.json", js(rel(weight=12345)).replace("12345", "1e400"), 2)
put("weight_1e-400.json", js(rel(weight=12345)).replace("12345", "1e-400"), 2)
put("weight_huge_mantissa.json", js(rel(weight=12345)).replace("12345", "9" * 400), 2)
put("weight_string.json", js(rel(weight="1")), 2)
put("weight_nan_literal.json", js(rel(weight=12345)).replace("12345", "NaN"), 2)
put("weight_infinity_literal.json", js(rel(weight=12345)).replace("12345", "Infinity"), 2)
put("weight_leading_zero.json", js(rel(weight=12345)).replace("12345", "01"), 2)
put("weight_plus.json", js(rel(weight=12345)).replace("12345", "+1"), 2)
put("weight_hex.json", js(rel(weight=12345)).replace("12345", "0x10"), 2)
put("version_huge.json", js(dataset()).replace('"repnet_dataset": 1', '"repnet_dataset": 18446744073709551617'), 2, r":1:20:")
put("version_float.json", js(dataset()).replace('"repnet_dataset": 1', '"repnet_dataset": 1.0'), 2, r":1:20:")
put("version_exp.json", js(dataset()).replace('"repnet_dataset": 1', '"repnet_dataset": 1e0'), 2, r":1:20:")

# ---- JSON: records --------------------------------------------------------------------------
put("duplicate_key_top.json", js(dataset()).replace('"repnet_dataset": 1', '"repnet_dataset": 1, "repnet_dataset": 1'), 2)
put("duplicate_key_entity.json", js(ent()).replace('"name": "Carol"', '"name": "Carol", "name": "Carla"'), 2)
put("duplicate_entity_id.json", js(ent(id="a", name="Zed")), 2)
put("duplicate_source_id.json", js(dataset(sources=[{"id": "s", "publisher": "p", "title": "t"}] * 2)), 2)
put("duplicate_relation_id.json", js(dataset(relations=[
    {"id": "r", "source": "a", "target": "b", "type": "relative_of", "evidence": ev()}] * 2)), 2)
put("date_feb_30.json", js(rel(date="2021-02-30")), 2)
put("date_feb_29_nonleap.json", js(rel(date="2021-02-29")), 2)
put("date_month_13.json", js(rel(date="2021-13")), 2)
put("date_day_0.json", js(rel(date="2021-01-00")), 2)
put("date_year_0.json", js(rel(date="0000-01-01")), 2)
put("date_garbage.json", js(rel(date="yesterday")), 2)
put("date_end_before_start.json", js(rel(start="2021-05", end="2020-01")), 2)
put("date_huge_year.json", js(rel(date="99999999999999999999-01-01")), 2)
put("severity_unknown.json", js(rel(severity="death")), 2)
put("severity_number.json", js(rel(severity=99)), 2)
put("severity_empty.json", js(rel(severity="")), 2)
put("name_empty.json", js(ent(name="")), 2)
put("name_whitespace.json", js(ent(name="   \t ")), 2)
put("name_unicode_whitespace.json", js(ent(name="\u00a0\u2003\u3000")), 2)
put("alias_whitespace.json", js(ent(aliases=[" "])), 2)
put("type_name_empty.json", js(dataset(extra={"vocabulary": {"entity_types": [""]}})), 2)
put("type_name_whitespace.json", js(dataset(extra={"vocabulary": {"relation_types": ["  "]}})), 2)
put("id_empty.json", js(ent(id="")), 2)
put("id_bad_chars.json", js(ent(id="c d")), 2)
put("id_ansi_escape.json", js(ent(id="c\u001b[31m")), 2)
put("name_ansi_escape.json", js(ent(name="Carol\u001b]0;pwned\u0007")), 0)
put("name_nul_escape.json", js(ent(name="Ca\u0000rol")), 0)
put("missing_evidence.json", js(dataset(entities=[{"id": "a", "type": "person", "name": "A"}])), 2)
put("unknown_source.json", js(ent(evidence=[{"source": "nope", "locator": "1"}])), 2)
put("unknown_type.json", js(ent(type="alien")), 2)
put("unknown_field.json", js(ent(colour="red")), 2)
put("unknown_endpoint.json", js(rel(target="nobody")), 2)
put("entities_not_array.json", js(dataset()).replace('"entities": [', '"entities": {"x": [').replace(']], "relations"', ']}, "relations"'), 2)
put("entity_not_object.json", js(dataset(entities=[1, "x", None])), 2)
put("relation_null_fields.json", js(rel(source=None)), 2)
put("prosecution_bad_kind.json", js(ent(type="prosecution", prosecution={"kind": "witch"})), 2)
put("prosecution_decided_first.json", js(ent(type="prosecution", prosecution={"kind": "civil", "opened": "2021", "decided": "2020"})), 2)
put("attribute_array.json", js(ent(attributes={"k": [1]})), 2)
put("version_3.json", js(dataset()).replace('"repnet_dataset": 1', '"repnet_dataset": 3'), 2)
put("version_missing.json", js(dataset()).replace('"repnet_dataset": 1, ', ''), 2)
put("many_records.json", js(dataset(entities=[{"id": "e%d" % i, "type": "person", "name": "P%d" % i, "evidence": ev()}
                                              for i in range(3000)], relations=[])), 0)

# ---- edge lists -----------------------------------------------------------------------------
put("valid.tsv", "# s\tt\tw\n0\t1\t1\n1\t2\t2.5\n", 0)
put("valid_names.edges", "alice bob\nbob carol 3\n", 0)
put("valid_crlf.txt", "a b\r\nb c\r\n", 0)
put("valid_bom.tsv", b"\xef\xbb\xbfa b\nb c\n", 0)
put("valid_unicode.tsv", "Айгерім Émile\n", 0)
put("huge_ids.txt", "0 4294967294\n", 0)
put("billion_id.txt", "0 1000000000\n", 0)
put("beyond_uint32.txt", "0 99999999999999999999\n", 0)
put("invalid_utf8.tsv", b"\xff\xfe 1\n", 2, r":1:1:")
put("invalid_utf8_line3.tsv", b"a b\nb c\nc \xc3\x28\n", 2, r":3:3:")
put("truncated_utf8.tsv", b"a \xe2\x82", 2, r":1:3:")
put("nul.tsv", b"a b\nc\x00 d\n", 2, r":2:2:")
put("one_field.tsv", "a\n", 2, r":1:2:")
put("four_fields.tsv", "a b 1 x\n", 2, r":1:7:")
put("weight_zero.tsv", "a b 0\n", 2, r":1:5:")
put("weight_0e76.tsv", "a b 0e76\n", 2, r":1:5:")
put("weight_nan.tsv", "a b nan\n", 2, r":1:5:")
put("weight_huge.tsv", "a b 1e400\n", 2, r":1:5:")
put("weight_negative.tsv", "a b -1\n", 2, r":1:5:")
put("utf16.tsv", "a b\n".encode("utf-16"), 2, r":1:1:")
put("empty.tsv", "", 0)
put("only_comments.tsv", "# nothing\n#\n", 0)
put("no_final_newline.tsv", "a b", 0)
put("self_loops.tsv", "a a\na a\n", 0)
put("cr_only.tsv", "a b\rc d\r", 2, r":1:7:")

# FollowTheMoney entity streams (loaders/ftm.cpp): one JSON entity per line; errors name the NDJSON line.
P = '{"id":"a","schema":"Person","properties":{"name":["Alice"]}}\n'
Q = '{"id":"b","schema":"Person","properties":{"name":["Bob"]}}\n'
M = '{"id":"m","schema":"Membership","properties":{"member":["a"],"organization":["o"],"startDate":["2020"]}}\n'
O = '{"id":"o","schema":"Organization","properties":{"name":["Org"]}}\n'
put("valid.ftm", P + Q + M + O, 0)
put("valid_bom_crlf.ftm", ("\ufeff" + P + Q).replace("\n", "\r\n"), 0)
put("valid_fragments_unknown_schema.ftm",
    P + '{"id":"v","schema":"Vessel","properties":{"name":["Boat"]}}\n' + '{"id":"a","schema":"Person","properties":{"alias":["Al"]}}\n'
    + '{"id":"w","schema":"Ownership","properties":{"owner":["a"],"asset":["v"]}}\n', 0)
put("only_unknown_schema.ftm", '{"id":"x","schema":"Address","properties":{"full":["Main St"]}}\n', 0)
put("empty.ftm", "", 0)
put("blank_lines.ftm", "\n\n" + P + "\n   \n", 0)
put("truncated_line.ftm", P + '{"id":"b","schema":"Per', 2, r":2:24:")
put("truncated_utf8.ftm", P + b'{"id":"b","schema":"Person","properties":{"name":["\xc3'.decode("latin-1"), 2, r":2:[0-9]+:")
put("invalid_utf8.ftm", P.encode() + b'{"id":"b","schema":"Person","properties":{"name":["\xc3\x28"]}}\n', 2, r":2:52:")
put("nul_byte.ftm", P.encode() + b'{"id":"b","schema":"Person","properties":{"name":["a\x00"]}}\n', 2, r":2:[0-9]+:")
put("property_not_array.ftm", '{"id":"a","schema":"Person","properties":{"name":"Alice"}}\n', 2, r":1:50:")
put("property_number.ftm", '{"id":"a","schema":"Person","properties":{"name":[1]}}\n', 2, r":1:51:")
put("property_object.ftm", '{"id":"a","schema":"Person","properties":{"name":[{"x":1}]}}\n', 2, r":1:51:")
put("properties_array.ftm", '{"id":"a","schema":"Person","properties":[]}\n', 2, r":1:42:")
put("id_number.ftm", '{"id":5,"schema":"Person"}\n', 2, r":1:7:")
put("no_schema.ftm", '{"id":"a","properties":{}}\n', 2, r":1:1:")
put("line_not_object.ftm", P + '["a"]\n', 2, r":2:1:")
put("deep_nesting.ftm", '{"id":"a","schema":"Person","properties":{"x":' + "[" * 600 + "]" * 600 + "}}\n", 2, r":1:[0-9]+:")
put("dangling_endpoint.ftm", P + M, 2, r":2:78:")
put("bad_date.ftm", P + O + M.replace("2020", "2020-13"), 2, r":3:[0-9]+:")
put("schema_conflict.ftm", P + '{"id":"a","schema":"Company","properties":{}}\n', 2, r":2:20:")
put("utf16.ftm", P.encode("utf-16"), 2, r":1:[0-9]+:")

# GraphML and GEXF (loaders/graphml_in.cpp, expat): no DTDs, no entities, nesting limited.
G = ('<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n'
     '<key id="d0" for="node" attr.name="label" attr.type="string"/>\n<graph edgedefault="directed">\n'
     '<node id="a"><data key="d0">Alice</data></node>\n<node id="b"/>\n<edge source="a" target="b"/>\n</graph>\n</graphml>\n')
put("valid.graphml", G, 0)
put("valid_utf16.graphml", G.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"), 0)
put("valid.gexf", '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph>'
    '<nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge source="a" target="b" weight="2"/></edges>'
    '</graph></gexf>\n', 0)
put("billion_laughs.graphml", '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(' <!ENTITY lol%d "%s">\n' % (i, ("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10) for i in range(1, 10))
    + ']>\n<graphml><graph><node id="&lol9;"/></graph></graphml>\n', 2, r":2:[0-9]+:")
put("external_entity.graphml", '<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
    '<graphml><graph><node id="&x;"/></graph></graphml>\n', 2, r":2:[0-9]+:")
put("external_dtd.graphml", '<?xml version="1.0"?>\n<!DOCTYPE graphml SYSTEM "http://example.org/graphml.dtd">\n'
    '<graphml><graph/></graphml>\n', 2, r":2:[0-9]+:")
put("parameter_entity.graphml", '<?xml version="1.0"?>\n<!DOCTYPE g [<!ENTITY % p SYSTEM "http://example.org/p.dtd"> %p;]>\n'
    '<graphml/>\n', 2, r":2:[0-9]+:")
put("undefined_entity.graphml", '<?xml version="1.0"?>\n<graphml><graph><node id="&nope;"/></graph></graphml>\n', 2, r":2:[0-9]+:")
put("deep_nesting.graphml", '<?xml version="1.0"?>\n<graphml>' + "<graph>" * 100 + "</graph>" * 100 + "</graphml>\n", 2, r":2:[0-9]+:")
put("truncated.graphml", G[: len(G) // 2], 2, ANY)
put("invalid_utf8.graphml", G.encode().replace(b"Alice", b"Al\xc3\x28ce"), 2, r":5:[0-9]+:")
put("wrong_root.graphml", '<?xml version="1.0"?>\n<html><body/></html>\n', 2, r":2:1:")
put("unknown_endpoint.graphml", G.replace('target="b"', 'target="zz"'), 2, r":7:1:")
put("bad_int.gexf", '<?xml version="1.0"?>\n<gexf><graph><attributes class="node"><attribute id="0" title="n" type="integer"/>'
    '</attributes><nodes>\n<node id="a"><attvalues><attvalue for="0" value="x"/></attvalues></node></nodes></graph></gexf>\n',
    2, r":3:1:")
put("hyperedge.graphml", G.replace("<edge ", '<hyperedge><endpoint node="a"/></hyperedge>\n<edge '), 2, r":7:1:")
put("empty.graphml", "", 2, r":1:1:")

# ---- CSV sheets and ACLED -------------------------------------------------------------------
# A CSV case is a group of sheets sharing a prefix (CASE-sources.csv, CASE-entities.csv, CASE-relations.csv);
# the manifest names the sheet the case is about, and loading it finds the others beside it.
SOURCES = "id,publisher,title\ns,p,t\n"
ENTITIES = "id,type,name,source,locator\na,person,Alice,s,1\nb,person,Bob,s,2\nc,authority,City police,s,3\n"
RELATIONS = "date,actor,target,type,severity,source,locator\n2021-03-04,c,Alice,detained,administrative_detention,s,4\n"


def sheets(case, about, content, code, where=ANY, entities=ENTITIES, relations=RELATIONS):
    texts = {"sources": SOURCES, "entities": entities, "relations": relations}
    texts[about] = content
    for sheet, text in texts.items():
        path = os.path.join(HERE, "csv", case + "-" + sheet + ".csv")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(text if isinstance(text, bytes) else text.encode("utf-8"))
    rows.append(("csv/" + case + "-" + about + ".csv", code, where if code == 2 else ""))


def rel_row(row):
    return RELATIONS.split("\n")[0] + "\n" + row + "\n"


sheets("valid", "relations", RELATIONS, 0)
sheets("valid_bom", "relations", b"\xef\xbb\xbf" + RELATIONS.encode(), 0)
sheets("valid_crlf", "entities", ENTITIES.replace("\n", "\r\n"), 0)
sheets("valid_semicolon", "relations", RELATIONS.replace(",", ";"), 0)
sheets("valid_quoted_newline", "relations", rel_row('2021,c,Alice,warned,warning,s,"para\n4"'), 0)
sheets("valid_quoted_delimiters", "entities", ENTITIES + 'd,person,"Smith, ""Dan""; Jr",s,"1,2"\n', 0)
sheets("valid_formula_apostrophe", "entities", ENTITIES + "d,person,'=SUM(A1),s,'-1\n", 0)
sheets("valid_blank_rows", "relations", RELATIONS + "\n,,,,,,\n\n", 0)
sheets("valid_names_not_ids", "relations", rel_row("2021,City police,Bob,warned,warning,s,5"), 0)
sheets("valid_header_only", "relations", RELATIONS.split("\n")[0] + "\n", 0)
sheets("valid_no_final_newline", "relations", RELATIONS.rstrip("\n"), 0)
sheets("valid_continuation", "entities", ENTITIES + "c,,,s,9\n", 0)
sheets("unclosed_quote", "relations", rel_row('2021,c,"Alice,warned,warning,s,4'), 2, r":2:8:")
sheets("quote_in_unquoted", "relations", rel_row('2021,c,Al"ice,warned,warning,s,4'), 2, r":2:10:")
sheets("text_after_quote", "relations", rel_row('2021,c,"Alice"x,warned,warning,s,4'), 2, r":2:15:")
sheets("invalid_utf8", "relations", rel_row("2021,c,Al\xffice,warned,warning,s,4".encode("latin-1").decode("latin-1")).encode("latin-1"), 2, r":2:10:")
sheets("truncated_utf8", "relations", RELATIONS.encode() + b"2021,c,\xd0", 2, r":3:8:")
sheets("nul_byte", "entities", ENTITIES.encode().replace(b"Bob", b"B\x00b"), 2, r":3:11:")
sheets("utf16", "entities", ENTITIES.encode("utf-16"), 2, r":1:1:")
sheets("empty", "entities", "", 2, r":1:1:")
sheets("too_few_fields", "relations", rel_row("2021,c,Alice,warned"), 2, r":2:14:")
sheets("too_many_fields", "relations", rel_row("2021,c,Alice,warned,warning,s,4,extra"), 2, r":2:33:")
sheets("unknown_entity_type", "entities", ENTITIES + "d,wizard,Dan,s,1\n", 2, r":5:3:")
sheets("prosecution_in_entities", "entities", ENTITIES + "d,prosecution,Dan case,s,1\n", 2, r":5:3:")
sheets("unknown_relation_type", "relations", rel_row("2021,c,Alice,frobbed,warning,s,4"), 2, r":2:14:")
sheets("unknown_name", "relations", rel_row("2021,c,Alise Unknown,warned,warning,s,4"), 2, r":2:8:")
sheets("ambiguous_name", "relations", rel_row("2021,c,Alice,warned,warning,s,4"), 2, r":2:8:",
       entities=ENTITIES + "o,organisation,Alice,s,5\n")
sheets("impossible_date", "relations", rel_row("2021-02-30,c,Alice,warned,warning,s,4"), 2, r":2:1:")
sheets("date_year_0", "relations", rel_row("0000-01-01,c,Alice,warned,warning,s,4"), 2, r":2:1:")
sheets("interval_backwards", "relations", rel_row("2021/2019,c,Alice,warned,warning,s,4"), 2, r":2:1:")
sheets("bad_severity", "relations", rel_row("2021,c,Alice,warned,scary,s,4"), 2, r":2:21:")
sheets("unknown_source", "relations", rel_row("2021,c,Alice,warned,warning,nope,4"), 2, r":2:29:")
sheets("empty_actor", "relations", rel_row("2021,,Alice,warned,warning,s,4"), 2, r":2:6:")
sheets("missing_column", "relations", "date,actor,type,source,locator\n2021,c,warned,s,4\n", 2, r":1:1:")
sheets("duplicate_column", "relations", "actor,target,type,type,source,locator\nc,a,warned,warned,s,4\n", 2, r":1:19:")
sheets("empty_column_name", "entities", "id,type,name,,source,locator\na,person,Alice,,s,1\n", 2, r":1:14:")
sheets("attribute_wrong_type", "relations",
       "date,actor,target,type,severity,term_months,source,locator\n2021,c,Alice,sentenced,imprisonment,four,s,4\n",
       2, r":2:37:")
sheets("duplicate_id_apart", "entities", ENTITIES + "a,person,Alice Again,s,1\n", 2, r":5:1:")
sheets("continuation_conflict", "entities", ENTITIES + "c,court,,s,9\n", 2, r":5:3:")
sheets("bad_id", "entities", ENTITIES + "d e,person,Dan,s,1\n", 2, r":5:1:")
sheets("whitespace_name", "entities", ENTITIES + 'd,person,"   ",s,1\n', 2, r":5:10:")
sheets("generic_not_boolean", "entities", "id,type,name,generic,source,locator\na,person,Alice,maybe,s,1\n", 2,
       r":2:16:")

ACLED = ("event_id_cnty,event_date,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,"
         "location,source,notes,fatalities\n")
ACLED_ROW = "X1,2022-01-04,Protests,Peaceful protest,Protesters (X),,6,,,,Almaty,Src,note,0\n"
put("acled_valid.csv", ACLED + ACLED_ROW + "X2,05 January 2022,Strategic developments,Arrests,Police (X),,1,"
    "Civilians (X),Dana Example,7,Almaty,Src,\"arrested, then released\",0\n", 0, folder="csv")
put("acled_bom_crlf.csv", b"\xef\xbb\xbf" + (ACLED + ACLED_ROW).replace("\n", "\r\n").encode(), 0, folder="csv")
put("acled_bad_date.csv", ACLED + ACLED_ROW.replace("2022-01-04", "2022-13-04"), 2, r":2:4:", folder="csv")
put("acled_duplicate_event.csv", ACLED + ACLED_ROW + ACLED_ROW, 2, r":3:1:", folder="csv")
put("acled_no_actor1.csv", ACLED.replace("actor1,", "actor_one,") + ACLED_ROW, 2, r":1:1:", folder="csv")
put("acled_unclosed_quote.csv", ACLED + ACLED_ROW.replace(",note,", ',"note,'), 2, r":2:[0-9]+:", folder="csv")

with open(os.path.join(HERE, "MANIFEST.tsv"), "w") as f:
    f.write("# file\texit\tlocation regex (after the file name) -- written by make_corpus.py\n")
    for name, code, where in rows:
        f.write("%s\t%d\t%s\n" % (name, code, where))
print(len(rows), "files")
