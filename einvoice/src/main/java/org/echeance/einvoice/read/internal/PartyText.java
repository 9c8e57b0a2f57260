package org.echeance.einvoice.read.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The texts of a party as a syntax writes them, before the model checks them. Not API. */
final class PartyText {
    /** An identifier with its scheme, if any. */
    record Id(String value, Optional<String> scheme) {}

    Optional<String> name = Optional.empty();
    Optional<String> tradingName = Optional.empty();
    final List<Id> identifiers = new ArrayList<>();
    Optional<Id> legalRegistration = Optional.empty();
    Optional<String> vatNumber = Optional.empty();
    Optional<String> taxRegistration = Optional.empty();
    Optional<String> legalInformation = Optional.empty();
    Optional<AddressText> address = Optional.empty();
    Optional<String> contactName = Optional.empty();
    Optional<String> phone = Optional.empty();
    Optional<String> email = Optional.empty();
    Optional<Id> electronicAddress = Optional.empty();
}
