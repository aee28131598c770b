package vn.hoinghi.school;

import java.time.LocalDate;

/** A period in which a school belonged to a supervising body; validTo is null for the current one. */
public record BodyMembership(long schoolId, long bodyId, String bodyName, LocalDate validFrom, LocalDate validTo) {
}
