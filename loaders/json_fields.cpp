#include "loaders/json_fields.hpp"

#include <algorithm>

namespace repnet::detail {

void field_error(const JsonValue& at, std::string message) {
    throw FieldError{at.offset, std::move(message)};
}

void expect_kind(const JsonValue& value, JsonValue::Kind kind, std::string_view what) {
    const bool ok = value.kind == kind || (kind == JsonValue::Kind::number && value.kind == JsonValue::Kind::integer);
    if (!ok)
        field_error(value,
                    std::string(what) + ": found " + json_kind_name(value.kind) + "; expected " + json_kind_name(kind));
}

const std::string& expect_string(const JsonValue& value, std::string_view what) {
    expect_kind(value, JsonValue::Kind::string, what);
    return value.string;
}

FieldReader::FieldReader(const JsonValue& object, std::string what, std::initializer_list<std::string_view> allowed)
    : object_(object), what_(std::move(what)) {
    expect_kind(object, JsonValue::Kind::object, what_);
    for (const auto& m : object.members) {
        if (std::find(allowed.begin(), allowed.end(), m.key) != allowed.end()) continue;
        std::string list;
        for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
        throw FieldError{m.key_offset, what_ + ": unknown field '" + m.key + "'; expected one of: " + list};
    }
    for (std::size_t i = 0; i < object.members.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (object.members[i].key == object.members[j].key)
                throw FieldError{object.members[i].key_offset,
                                 what_ + ": field '" + object.members[i].key + "' appears twice"};
}

const JsonValue& FieldReader::required(std::string_view key) const {
    const JsonValue* v = object_.find(key);
    if (!v) field_error(object_, what_ + ": missing required field '" + std::string(key) + "'");
    return *v;
}

std::string FieldReader::required_string(std::string_view key) const {
    const std::string& s = expect_string(required(key), what_ + " field '" + std::string(key) + "'");
    if (s.empty()) field_error(required(key), what_ + " field '" + std::string(key) + "' is empty; expected text");
    return s;
}

std::optional<std::string> FieldReader::optional_string(std::string_view key) const {
    const JsonValue* v = optional(key);
    if (!v) return std::nullopt;
    return expect_string(*v, what_ + " field '" + std::string(key) + "'");
}

std::vector<std::string> FieldReader::optional_string_array(std::string_view key) const {
    std::vector<std::string> out;
    const JsonValue* v = optional(key);
    if (!v) return out;
    const std::string what = what_ + " field '" + std::string(key) + "'";
    expect_kind(*v, JsonValue::Kind::array, what);
    for (const auto& item : v->items) out.push_back(expect_string(item, what + " item"));
    return out;
}

}  // namespace repnet::detail
