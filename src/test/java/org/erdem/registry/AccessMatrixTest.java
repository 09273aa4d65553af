package org.erdem.registry;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.erdem.IntegrationTest;
import org.erdem.identity.Accounts;
import org.erdem.identity.Guardianships;
import org.erdem.identity.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * What each role may read and change in the registry, over the JSON API and the pages alike:
 * two aimags, a soum in each, schools, classes and children, and one account per role.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {
  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;
  @Autowired Guardianships guardianships;

  RegistryTestData data;
  RegistryTestData.Node aimagP, soumX, soumY, aimagQ, soumZ, schoolA, schoolA2, schoolB;
  UUID classA1, classA2, classB1, childA1, childA2, childB1;
  String teacherA, guardianA1, studentA1, schoolAdminA, soumOfficerX, aimagOfficerP, analyst, supervisor, systemAdmin, author;

  @BeforeAll
  void buildCountry() {
    data = new RegistryTestData(jdbc, accounts, guardianships);
    aimagP = data.aimag("P");
    soumX = data.soum(aimagP, "X");
    soumY = data.soum(aimagP, "Y");
    aimagQ = data.aimag("Q");
    soumZ = data.soum(aimagQ, "Z");
    schoolA = data.school(soumX, "A");
    schoolA2 = data.school(soumY, "A2");
    schoolB = data.school(soumZ, "B");
    classA1 = data.schoolClass(schoolA, 5, "5А");
    classA2 = data.schoolClass(schoolA, 6, "6А");
    classB1 = data.schoolClass(schoolB, 5, "5Б");
    childA1 = data.child(schoolA, classA1, "Анужин");
    childA2 = data.child(schoolA, classA2, "Болд");
    childB1 = data.child(schoolB, classB1, "Цэцэг");
    teacherA = data.homeroomTeacher(schoolA, classA1, "teacher");
    guardianA1 = data.guardianOf(childA1, "guardian");
    studentA1 = data.studentAccount(childA1, schoolA, "student");
    schoolAdminA = data.user("schooladmin", Role.SCHOOL_ADMIN, schoolA.id());
    soumOfficerX = data.user("soumofficer", Role.REGION_OFFICER, soumX.id());
    aimagOfficerP = data.user("aimagofficer", Role.REGION_OFFICER, aimagP.id());
    analyst = data.user("analyst", Role.MINISTRY_ANALYST, data.country().id());
    supervisor = data.user("supervisor", Role.SUPERVISOR, aimagP.id());
    systemAdmin = data.user("sysadmin", Role.SYSTEM_ADMIN, data.country().id());
    author = data.user("author", Role.CONTENT_AUTHOR, data.country().id());
  }

  private void expect(String username, String url, ResultMatcher result) throws Exception {
    mvc.perform(get(url).with(user(username))).andExpect(result);
  }

  private static final ResultMatcher OK = status().isOk();
  private static final ResultMatcher DENIED = status().isForbidden();

  @Test
  void teacherReadsTheChildrenOfHerClassOnly() throws Exception {
    expect(teacherA, "/api/v1/children/" + childA1, OK);
    expect(teacherA, "/api/v1/children/" + childA2, DENIED);
    expect(teacherA, "/api/v1/children/" + childB1, DENIED);
    expect(teacherA, "/api/v1/classes/" + classA1, OK);
    expect(teacherA, "/api/v1/classes/" + classA2, DENIED);
    expect(teacherA, "/api/v1/schools/" + schoolB.id(), DENIED);
    expect(teacherA, "/children/" + childB1, DENIED);
  }

  @Test
  void teacherSeesOnlyHerPupilsInTheSchoolList() throws Exception {
    mvc.perform(get("/api/v1/schools/" + schoolA.id() + "/children").with(user(teacherA)))
        .andExpect(OK)
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.total").value(1))
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.items[0].id").value(childA1.toString()));
  }

  @Test
  void guardianReadsOnlyOwnChildren() throws Exception {
    expect(guardianA1, "/api/v1/children/" + childA1, OK);
    expect(guardianA1, "/api/v1/children/" + childA2, DENIED);
    expect(guardianA1, "/api/v1/children/" + childB1, DENIED);
    expect(guardianA1, "/api/v1/schools/" + schoolA.id() + "/children", DENIED);
    expect(guardianA1, "/children/" + childA2, DENIED);
    mvc.perform(get("/api/v1/me/children").with(user(guardianA1)))
        .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.length()").value(1));
  }

  @Test
  void studentReadsOnlySelf() throws Exception {
    expect(studentA1, "/api/v1/children/" + childA1, OK);
    expect(studentA1, "/api/v1/children/" + childA2, DENIED);
    expect(studentA1, "/api/v1/schools/" + schoolA.id(), DENIED);
  }

  @Test
  void soumOfficerSeesNothingOutsideTheSoum() throws Exception {
    expect(soumOfficerX, "/api/v1/schools/" + schoolA.id(), OK);
    expect(soumOfficerX, "/api/v1/children/" + childA2, OK);
    expect(soumOfficerX, "/api/v1/org-units/" + soumX.id(), OK);
    expect(soumOfficerX, "/api/v1/schools/" + schoolA2.id(), DENIED);
    expect(soumOfficerX, "/api/v1/schools/" + schoolB.id(), DENIED);
    expect(soumOfficerX, "/api/v1/children/" + childB1, DENIED);
    expect(soumOfficerX, "/api/v1/org-units/" + soumY.id(), DENIED);
    expect(soumOfficerX, "/api/v1/org-units/" + aimagP.id(), DENIED);
    expect(soumOfficerX, "/org/" + aimagP.id(), DENIED);
  }

  @Test
  void aimagOfficerSeesTheWholeAimagAndNoOther() throws Exception {
    expect(aimagOfficerP, "/api/v1/org-units/" + aimagP.id(), OK);
    expect(aimagOfficerP, "/api/v1/schools/" + schoolA2.id(), OK);
    expect(aimagOfficerP, "/api/v1/children/" + childA1, OK);
    expect(aimagOfficerP, "/org/" + soumY.id(), OK);
    expect(aimagOfficerP, "/api/v1/org-units/" + aimagQ.id(), DENIED);
    expect(aimagOfficerP, "/api/v1/children/" + childB1, DENIED);
  }

  @Test
  void analystAndSupervisorSeeSchoolsButNoChildRecords() throws Exception {
    expect(analyst, "/api/v1/schools/" + schoolB.id(), OK);
    expect(analyst, "/api/v1/children/" + childB1, DENIED);
    expect(analyst, "/api/v1/classes/" + classB1, DENIED);
    expect(supervisor, "/api/v1/schools/" + schoolA.id(), OK);
    expect(supervisor, "/api/v1/children/" + childA1, DENIED);
    expect(supervisor, "/api/v1/schools/" + schoolB.id(), DENIED);
  }

  @Test
  void contentAuthorHasNoRegistryAccess() throws Exception {
    expect(author, "/api/v1/schools/" + schoolA.id(), DENIED);
    expect(author, "/api/v1/children/" + childA1, DENIED);
    expect(author, "/org", DENIED);
  }

  @Test
  void onlyAdministratorsOfTheSchoolRegisterChildren() throws Exception {
    String body = """
        {"child": {"familyName": "Дорж", "givenName": "Тэмүүлэн", "birthDate": "2015-03-04", "sex": "male", "homeLanguage": "mn"}}""";
    mvc.perform(post("/api/v1/schools/" + schoolA.id() + "/children").with(user(schoolAdminA)).with(csrf())
        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
    for (String denied : new String[] {teacherA, soumOfficerX, guardianA1, analyst}) {
      mvc.perform(post("/api/v1/schools/" + schoolA.id() + "/children").with(user(denied)).with(csrf())
          .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(DENIED);
    }
    mvc.perform(post("/api/v1/schools/" + schoolB.id() + "/children").with(user(schoolAdminA)).with(csrf())
        .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(DENIED);
  }

  @Test
  void schoolAdminSeesOwnSchoolOnly() throws Exception {
    expect(schoolAdminA, "/api/v1/children/" + childA2, OK);
    expect(schoolAdminA, "/schools/" + schoolA.id() + "/children", OK);
    expect(schoolAdminA, "/api/v1/schools/" + schoolA2.id(), DENIED);
    expect(schoolAdminA, "/api/v1/children/" + childB1, DENIED);
  }

  @Test
  void userAdministrationAndAuditAreForSystemAdministrators() throws Exception {
    expect(systemAdmin, "/api/v1/users", OK);
    expect(systemAdmin, "/api/v1/audit", OK);
    expect(systemAdmin, "/admin/users", OK);
    for (String denied : new String[] {schoolAdminA, teacherA, aimagOfficerP, analyst, guardianA1}) {
      expect(denied, "/api/v1/users", DENIED);
      expect(denied, "/api/v1/audit", DENIED);
      expect(denied, "/admin/audit", DENIED);
    }
  }

  @Test
  void anonymousCallersAreAskedToSignIn() throws Exception {
    mvc.perform(get("/api/v1/children/" + childA1)).andExpect(status().isUnauthorized());
    mvc.perform(get("/children/" + childA1).accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
  }
}
