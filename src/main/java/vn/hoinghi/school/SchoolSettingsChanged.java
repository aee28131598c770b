package vn.hoinghi.school;

/**
 * A school administrator saved settings that differ from before: what changed, as "label: old → new" lines in
 * Vietnamese (the record is kept in the school's language), for the record of the school's assemblies.
 */
public record SchoolSettingsChanged(long schoolId, String changes) {
}
