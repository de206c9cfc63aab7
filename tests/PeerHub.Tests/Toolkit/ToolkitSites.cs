using System.Security.Cryptography;
using System.Text;
using PeerHub.Tests.Support;

namespace PeerHub.Tests.Toolkit;

/// <summary>
/// The toolkit's fixture: the small site with notices (in English and Spanish) and three templates that use every kind
/// of block: a permission form, a red-flag card with a flowchart, and a contact log with a table.
/// </summary>
public static class ToolkitSites
{
    public const string Notices = """
        - id: confidentiality-limits
          title: What stays private, and what does not
          text: "What you tell a peer helper stays private within the program (the peer helper and {adult_advisor}, who reads every session note), and it is never kept private when someone may be hurt."
        - id: no-names
          title: No names
          text: Never write a student's name on this form.

        """;

    public const string NoticesEs = """
        - id: confidentiality-limits
          title: Lo que queda en privado y lo que no
          text: "Lo que le cuentes a un compañero de apoyo queda en privado dentro del programa (el compañero de apoyo y {adult_advisor}, que lee cada nota de la sesión), y nunca se guarda en privado cuando alguien puede salir lastimado."

        """;

    public const string PermissionForm = """
        ---
        title: Parent or guardian permission form
        summary: Asks a parent or guardian for permission to take part, and separately for the evaluation.
        audience: [family]
        purpose: Asks for permission to take part, and separately for the anonymous evaluation.
        fit: {letter: 1, a4: 1}
        models: [peer-mentoring]
        blocks:
          - heading: Permission to take part
          - text: "{school_name} runs {program_name}. Trained students listen to other students, supervised by {adult_advisor}, in {meeting_place}."
          - field: {label: Student's name}
          - checkboxes:
              label: I give permission for my child to
              items: [Take part in the program, Take part in the anonymous evaluation]
          - notice: confidentiality-limits
          - lines: {label: Anything you would like us to know, count: 3}
          - signature: {label: Parent or guardian}
          - text: "Questions? Contact {adult_advisor} at {adult_advisor_contact}."
        ---

        """;

    public const string RedFlagCard = """
        ---
        title: Red flag card
        summary: What a peer helper does when they see a red flag.
        audience: [peer_helper, adult_advisor]
        purpose: A one-page reminder of what to do when a red flag comes up.
        fit: {letter: 1, a4: 1}
        blocks:
          - flowchart:
              label: What to do when you see a red flag
              steps:
                - id: notice
                  text: You notice a red flag
                  next: ask
                - id: ask
                  text: Is anyone in danger right now?
                  branches:
                    - {label: "Yes", to: emergency}
                    - {label: "No", to: advisor}
                - id: emergency
                  text: "Call 911. Then tell {adult_advisor}."
                - id: advisor
                  text: "Go with the student to {adult_advisor} today ({adult_advisor_contact})."
          - text: "After school hours: {after_hours}. Local crisis line: {local_crisis}."
        ---

        """;

    public const string ContactLog = """
        ---
        title: Contact log
        summary: A weekly log of peer support contacts, with no names.
        audience: [peer_helper]
        purpose: Records each contact without names so the adult advisor can review the program.
        fit: {letter: 1, a4: 1}
        blocks:
          - notice: no-names
          - field: {label: Peer helper}
          - table: {label: Contacts this week, columns: [Date, Minutes, Topics], rows: 8}
          - text: "Hand this log to {adult_advisor} at {meeting_place} every Friday. District policy: {district_policy_url}."
        ---

        """;

    /// <summary>The fixture site with the toolkit's notices and three templates, on the minimal theme.</summary>
    public static FixtureSite Fixture() => FixtureSite.Minimal()
        .With("content/data/notices.yml", Notices)
        .With("content/toolkit/permission-form.md", PermissionForm)
        .With("content/toolkit/red-flag-card.md", RedFlagCard)
        .With("content/toolkit/contact-log.md", ContactLog);

    /// <summary>The fixture in two languages: Spanish notices (one of two translated) and the permission form in Spanish.</summary>
    public static FixtureSite Bilingual(FixtureSite? site = null)
    {
        site ??= Fixture();
        return site.WithSpanishListed()
            .With("content/data/notices.es.yml", NoticesEs)
            .With("content/toolkit/permission-form.es.md", PermissionFormEs(site.Text("content/toolkit/permission-form.md")));
    }

    public static string Fingerprint(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];

    /// <summary>The permission form in Spanish: every block again, with the same key, its words translated.</summary>
    public static string PermissionFormEs(string source) => $$"""
        ---
        translated_from: {{Fingerprint(source)}}
        title: Formulario de permiso de los padres o tutores
        summary: Pide a los padres o tutores permiso para participar y, por separado, para la evaluación.
        purpose: Pide permiso para participar y, por separado, para la evaluación anónima.
        blocks:
          - heading: Permiso para participar
          - text: "{school_name} tiene {program_name}. Estudiantes capacitados escuchan a otros estudiantes, con la supervisión de {adult_advisor}, en {meeting_place}."
          - field: {label: Nombre del estudiante}
          - checkboxes:
              label: Doy permiso para que mi hijo o hija
              items: [Participe en el programa, Participe en la evaluación anónima]
          - notice: confidentiality-limits
          - lines: {label: Algo que quiera que sepamos, count: 3}
          - signature: {label: "Padre, madre o tutor"}
          - text: "¿Preguntas? Comuníquese con {adult_advisor} en {adult_advisor_contact}."
        ---

        """;
}
