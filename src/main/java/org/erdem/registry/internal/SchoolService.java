package org.erdem.registry.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.erdem.identity.AuditLog;
import org.erdem.shared.Ids;
import org.erdem.shared.NotFoundException;
import org.erdem.shared.Validation;
import org.erdem.shared.ValidationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Schools: facts, counts, registration and changes. */
@Service
public class SchoolService {
  public static final List<String> TYPES = List.of("general", "special", "eschool");
  public static final List<String> LOCALITIES = List.of("urban", "rural", "remote");
  /** Languages of instruction: Mongolian, Kazakh, Russian, English, Tuvan, Kyrgyz, Tajik, Mongolian Sign Language. */
  public static final List<String> INSTRUCTION_LANGUAGES = List.of("mn", "kk", "ru", "en", "tyv", "ky", "tg", "msl");
  static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1,32}");
  private static final Set<String> SCHOOL_PARENTS = Set.of("soum", "district");

  private final JdbcClient jdbc;
  private final OrgUnits units;
  private final RegistryAccess access;
  private final AuditLog audit;

  SchoolService(JdbcClient jdbc, OrgUnits units, RegistryAccess access, AuditLog audit) {
    this.jdbc = jdbc;
    this.units = units;
    this.access = access;
    this.audit = audit;
  }

  public record School(OrgUnits.OrgUnit unit, String type, String locality, List<String> languages, String address,
      long classes, long children, long staff) {}

  public record SchoolForm(String code, String nameMn, String nameEn, String nameRu, String nameKk, String type,
      String locality, List<String> languages, String address) {
    Map<String, String> names() {
      var names = new LinkedHashMap<String, String>();
      names.put("mn", nameMn);
      names.put("en", nameEn);
      names.put("ru", nameRu);
      names.put("kk", nameKk);
      return names;
    }

    public static SchoolForm of(School s) {
      var n = s.unit().names();
      return new SchoolForm(s.unit().code(), n.get("mn"), n.get("en"), n.get("ru"), n.get("kk"), s.type(), s.locality(), s.languages(), s.address());
    }
  }

  /** The school's place in the hierarchy, for a caller who may browse it. */
  public OrgUnits.OrgUnit unit(UUID id) {
    OrgUnits.OrgUnit unit = units.find(id).filter(OrgUnits.OrgUnit::isSchool).orElseThrow(() -> new NotFoundException("school " + id));
    access.requireBrowse(unit.path());
    return unit;
  }

  public School get(UUID id) {
    OrgUnits.OrgUnit unit = unit(id);
    return jdbc.sql("""
        select s.type, s.locality, s.languages, s.address,
               (select count(*) from registry.class k join registry.academic_year y on y.id = k.academic_year_id
                 where k.school_id = s.id and y.is_current) as classes,
               (select count(*) from registry.child c where c.school_id = s.id) as children,
               (select count(*) from registry.staff st where st.school_id = s.id and st.active) as staff
          from registry.school s where s.id = :id""")
        .param("id", id)
        .query((rs, n) -> new School(unit, rs.getString("type"), rs.getString("locality"),
            List.of((String[]) rs.getArray("languages").getArray()), rs.getString("address"),
            rs.getLong("classes"), rs.getLong("children"), rs.getLong("staff")))
        .single();
  }

  @Transactional
  public UUID create(UUID parentId, SchoolForm form) {
    OrgUnits.OrgUnit parent = units.get(parentId);
    access.requireManage(parent.path());
    validate(form, null);
    if (!SCHOOL_PARENTS.contains(parent.kind())) {
      throw ValidationException.of(null, "validation.school.parent");
    }
    UUID id = Ids.newId();
    String code = form.code().trim();
    units.insert(id, code, "school", parent.id(), parent.path() + code + "/", form.names());
    jdbc.sql("insert into registry.school (id, type, locality, languages, address) values (:id, :type, :locality, cast(:langs as text[]), :address)")
        .param("id", id).param("type", form.type()).param("locality", form.locality())
        .param("langs", form.languages().toArray(String[]::new)).param("address", org.erdem.shared.Text.blankToNull(form.address())).update();
    audit.record("school.created", "school", id, code);
    return id;
  }

  @Transactional
  public void update(UUID id, SchoolForm form) {
    School school = get(id);
    access.requireManage(school.unit().path());
    validate(form, id);
    units.rename(id, form.names());
    jdbc.sql("update registry.school set type = :type, locality = :locality, languages = cast(:langs as text[]), address = :address where id = :id")
        .param("id", id).param("type", form.type()).param("locality", form.locality())
        .param("langs", form.languages().toArray(String[]::new)).param("address", org.erdem.shared.Text.blankToNull(form.address())).update();
    audit.record("school.updated", "school", id, null);
  }

  private void validate(SchoolForm form, UUID existing) {
    var v = new Validation()
        .required("nameMn", form.nameMn())
        .maxLength("nameMn", form.nameMn(), 200)
        .maxLength("nameEn", form.nameEn(), 200)
        .maxLength("nameRu", form.nameRu(), 200)
        .maxLength("nameKk", form.nameKk(), 200)
        .required("type", form.type())
        .required("locality", form.locality())
        .maxLength("address", form.address(), 500);
    if (existing == null) {
      v.required("code", form.code()).matches("code", form.code(), CODE, "validation.code.format");
      if (form.code() != null && !v.hasErrorOn("code") && units.findByCode(form.code().trim()).isPresent()) {
        v.add("code", "validation.code.taken");
      }
    }
    v.check(form.type() == null || form.type().isBlank() || TYPES.contains(form.type()), "type", "validation.choice");
    v.check(form.locality() == null || form.locality().isBlank() || LOCALITIES.contains(form.locality()), "locality", "validation.choice");
    v.check(form.languages() != null && !form.languages().isEmpty(), "languages", "validation.required");
    v.check(form.languages() == null || INSTRUCTION_LANGUAGES.containsAll(form.languages()), "languages", "validation.choice");
    v.throwIfInvalid();
  }

}
