package org.echeance.einvoice.read.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The texts of a postal address as a syntax writes them. Not API. */
final class AddressText {
    final List<String> lines = new ArrayList<>();
    Optional<String> postCode = Optional.empty();
    Optional<String> city = Optional.empty();
    Optional<String> subdivision = Optional.empty();
    Optional<String> countryCode = Optional.empty();
}
