#pragma once
// Escaping for XML 1.0, written so that every reader we target (Gephi through
// the JDK's StAX parser or Woodstox, graphology through @xmldom/xmldom,
// NetworkX through expat, igraph through libxml2) gets the exact value back.
//
// Characters XML 1.0 cannot carry at all (C0 controls other than tab, newline
// and carriage return; U+FFFE, U+FFFF) are removed. Characters that some reader
// rewrites when they appear raw are written as character references: in
// attribute values tab, newline and carriage return (attribute-value
// normalisation), everywhere carriage return (end-of-line handling), DEL and the
// C1 controls U+0080..U+009F, including U+0085 NEL, and U+2028/U+2029
// (line separators that xmldom turns into a newline or a space).
#include <string>
#include <string_view>

namespace repnet {

// An attribute value (between double quotes) or any text: markup characters
// and quotes as entity references, the characters above as &#N;.
std::string xml_escape(std::string_view text);

// Element content for readers that drop whitespace-only text events (Gephi's
// GraphML importer skips every CHARACTERS event for which isWhiteSpace() is
// true, and the JDK parser reports each character or entity reference as an
// event of its own, so the space in "&gt; &quot;" or an escaped tab vanish).
// Plain text is written as is when it needs no escaping and is short;
// anything else as CDATA sections (one event each, whatever their length)
// with the characters above as character references between them; "]]>" is
// split across two sections. The one loss left for Gephi: a run of XML
// whitespace that sits alone between two such references or between one and an
// end of the value (or a carriage return, which can only be a reference), or a
// value that is all whitespace.
std::string xml_element_text(std::string_view text);

}  // namespace repnet
