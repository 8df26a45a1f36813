import type { SeedEvent } from "./types";

/**
 * EU-LAC Digital Alliance Days, Cartagena de Indias, 27–29 November 2023.
 * Event facts: European Commission news page "EU-LAC Digital Alliance Days" (CC BY 4.0).
 * The programme below is a SAMPLE (times, rooms, capacities, titles): organisers replace it.
 */
const day1 = "2023-11-27";
const day2 = "2023-11-28";
const day3 = "2023-11-29";
const stream = "https://d4dhub.eu/events/eu-lac-digital-alliance-days";

export const cartagena: SeedEvent = {
  event: {
    slug: "digital-alliance-days-2023",
    title: {
      en: "EU-LAC Digital Alliance Days",
      es: "Días de la Alianza Digital UE-ALC",
      pt: "Dias da Aliança Digital UE-ALC",
      fr: "Journées de l'Alliance numérique UE-ALC",
    },
    summary: {
      en: "The first follow-up high-level policy dialogue between the European Union and Latin America and the Caribbean under the EU-LAC Digital Alliance. Government representatives of both regions, the private sector, civil society and academia work through five themes to identify common goals and agree on actions of shared interest, building an agenda towards the 2025 EU-CELAC Summit.",
      es: "El primer diálogo político de alto nivel de seguimiento entre la Unión Europea y América Latina y el Caribe en el marco de la Alianza Digital UE-ALC. Representantes gubernamentales de ambas regiones, el sector privado, la sociedad civil y la academia trabajan en cinco temas para identificar objetivos comunes y acordar acciones de interés compartido, con una agenda hacia la Cumbre UE-CELAC de 2025.",
    },
    hosts: {
      en: "Hosted by the European Union and the Spanish Agency for International Development Cooperation (AECID); co-facilitated by the Digital for Development (D4D) Hub and partners of the Alliance.",
      es: "Organizado por la Unión Europea y la Agencia Española de Cooperación Internacional para el Desarrollo (AECID); cofacilitado por el Digital for Development (D4D) Hub y socios de la Alianza.",
    },
    venue: {
      en: "Training Centre of the Spanish Cooperation",
      es: "Centro de Formación de la Cooperación Española",
    },
    city: "Cartagena de Indias",
    countryCode: "CO",
    timeZone: "America/Bogota",
    startDate: day1,
    endDate: day3,
    registrationOpen: true,
    requiresApproval: false,
    streamUrl: stream,
    infoUrl: "https://digital-strategy.ec.europa.eu/en/news/eu-lac-digital-alliance-days",
    status: "published",
  },
  themes: [
    {
      slug: "data-governance",
      name: { en: "Data governance", es: "Gobernanza de datos" },
      description: {
        en: "Trusted data flows, data protection and shared principles for the use of data across both regions.",
        es: "Flujos de datos confiables, protección de datos y principios compartidos para su uso en ambas regiones.",
      },
    },
    {
      slug: "e-governance",
      name: { en: "E-governance", es: "Gobierno electrónico" },
      description: {
        en: "Digital public services, interoperability and digital identity that serve citizens.",
        es: "Servicios públicos digitales, interoperabilidad e identidad digital al servicio de la ciudadanía.",
      },
    },
    {
      slug: "cybersecurity",
      name: { en: "Cybersecurity", es: "Ciberseguridad" },
      description: {
        en: "Cyber resilience, incident response and cooperation between the regions' cyber communities.",
        es: "Ciberresiliencia, respuesta a incidentes y cooperación entre las comunidades cibernéticas de ambas regiones.",
      },
    },
    {
      slug: "connectivity",
      name: { en: "Connectivity", es: "Conectividad" },
      description: {
        en: "Meaningful, secure and affordable connectivity, and the investment that brings it.",
        es: "Conectividad significativa, segura y asequible, y la inversión que la hace posible.",
      },
    },
    {
      slug: "artificial-intelligence",
      name: { en: "Artificial intelligence", es: "Inteligencia artificial" },
      description: {
        en: "Human-centric, trustworthy artificial intelligence and its governance.",
        es: "Inteligencia artificial confiable y centrada en las personas, y su gobernanza.",
      },
    },
  ],
  sessions: [
    {
      slug: "opening-plenary",
      day: day1, start: "09:00", end: "10:30", kind: "plenary", room: "Auditorium", capacity: null,
      streamed: true,
      title: { en: "Opening plenary", es: "Plenaria de apertura" },
      description: {
        en: "Welcome by the hosts and the ambition of the Digital Alliance for the dialogue.",
        es: "Bienvenida de los anfitriones y la ambición de la Alianza Digital para el diálogo.",
      },
    },
    {
      slug: "trusted-data-flows",
      theme: "data-governance",
      day: day1, start: "11:00", end: "12:30", kind: "panel", room: "Auditorium", capacity: 120,
      streamed: true,
      title: { en: "Trusted data flows between the regions", es: "Flujos de datos confiables entre las regiones" },
      description: {
        en: "How data protection frameworks on both sides can enable trusted cross-border data flows.",
        es: "Cómo los marcos de protección de datos de ambas regiones pueden habilitar flujos transfronterizos confiables.",
      },
    },
    {
      slug: "interoperable-public-services",
      theme: "e-governance",
      day: day1, start: "11:00", end: "12:30", kind: "working_group", room: "Room A", capacity: 30,
      title: { en: "Interoperable digital public services", es: "Servicios públicos digitales interoperables" },
      description: {
        en: "Working group on common goals for interoperability of public administrations.",
        es: "Grupo de trabajo sobre objetivos comunes de interoperabilidad de las administraciones públicas.",
      },
    },
    {
      slug: "cyber-resilience-panel",
      theme: "cybersecurity",
      day: day1, start: "14:00", end: "15:30", kind: "panel", room: "Auditorium", capacity: 120,
      streamed: true,
      title: { en: "Cyber resilience for a shared digital agenda", es: "Ciberresiliencia para una agenda digital compartida" },
      description: {
        en: "Panel on the cyber resilience both regions need for their digital transformation.",
        es: "Panel sobre la ciberresiliencia que ambas regiones necesitan para su transformación digital.",
      },
    },
    {
      slug: "connectivity-gaps",
      theme: "connectivity",
      day: day1, start: "14:00", end: "15:30", kind: "working_group", room: "Room B", capacity: 25,
      title: { en: "Closing connectivity gaps", es: "Cerrar las brechas de conectividad" },
      description: {
        en: "Working group on rural and last-mile connectivity and shared actions to close the gaps.",
        es: "Grupo de trabajo sobre conectividad rural y de última milla y acciones compartidas para cerrar brechas.",
      },
    },
    {
      slug: "human-centric-ai",
      theme: "artificial-intelligence",
      day: day1, start: "16:00", end: "17:30", kind: "working_group", room: "Room A", capacity: 30,
      title: { en: "Human-centric artificial intelligence", es: "Inteligencia artificial centrada en las personas" },
      description: {
        en: "Working group on principles and joint actions for trustworthy AI.",
        es: "Grupo de trabajo sobre principios y acciones conjuntas para una IA confiable.",
      },
    },
    {
      slug: "data-governance-principles",
      theme: "data-governance",
      day: day2, start: "09:00", end: "10:30", kind: "working_group", room: "Room B", capacity: 20,
      title: { en: "Shared principles for data governance", es: "Principios compartidos de gobernanza de datos" },
      description: {
        en: "Drafting the common goals of the data governance theme.",
        es: "Redacción de los objetivos comunes del tema de gobernanza de datos.",
      },
    },
    {
      slug: "ai-regulation-innovation",
      theme: "artificial-intelligence",
      day: day2, start: "09:00", end: "10:30", kind: "panel", room: "Auditorium", capacity: null,
      streamed: true,
      title: { en: "AI: regulation and innovation", es: "IA: regulación e innovación" },
      description: {
        en: "Panel on governing artificial intelligence while fostering innovation in both regions.",
        es: "Panel sobre cómo gobernar la inteligencia artificial fomentando la innovación en ambas regiones.",
      },
    },
    {
      slug: "digital-identity",
      theme: "e-governance",
      day: day2, start: "11:00", end: "12:30", kind: "panel", room: "Auditorium", capacity: 100,
      title: { en: "Digital identity and trust services", es: "Identidad digital y servicios de confianza" },
      description: {
        en: "Experiences with digital identity and electronic trust services.",
        es: "Experiencias con identidad digital y servicios electrónicos de confianza.",
      },
    },
    {
      slug: "incident-response-cooperation",
      theme: "cybersecurity",
      day: day2, start: "11:00", end: "12:30", kind: "working_group", room: "Room A", capacity: 25,
      title: { en: "Cooperation on incident response", es: "Cooperación en respuesta a incidentes" },
      description: {
        en: "Working group on how incident response teams of both regions can work together.",
        es: "Grupo de trabajo sobre cómo pueden colaborar los equipos de respuesta a incidentes de ambas regiones.",
      },
    },
    {
      slug: "connectivity-investment",
      theme: "connectivity",
      day: day2, start: "14:00", end: "16:00", kind: "panel", room: "Auditorium", capacity: 120,
      streamed: true,
      title: { en: "Investing in connectivity under Global Gateway", es: "Invertir en conectividad en el marco de Global Gateway" },
      description: {
        en: "Panel on the investments that bring secure, affordable connectivity.",
        es: "Panel sobre las inversiones que aportan conectividad segura y asequible.",
      },
    },
    {
      slug: "rapporteurs-roundtable",
      day: day2, start: "16:30", end: "18:00", kind: "roundtable", room: "Room B", capacity: 15,
      title: { en: "Rapporteurs' roundtable", es: "Mesa redonda de relatores" },
      description: {
        en: "Rapporteurs of the five themes consolidate proposed actions.",
        es: "Los relatores de los cinco temas consolidan las acciones propuestas.",
      },
    },
    {
      slug: "themes-report-back",
      day: day3, start: "09:00", end: "11:00", kind: "plenary", room: "Auditorium", capacity: null,
      title: { en: "The five themes report back", es: "Informe de los cinco temas" },
      description: {
        en: "Each theme presents its common goals and proposed actions.",
        es: "Cada tema presenta sus objetivos comunes y acciones propuestas.",
      },
    },
    {
      slug: "closing-plenary",
      day: day3, start: "11:30", end: "13:00", kind: "plenary", room: "Auditorium", capacity: null,
      streamed: true,
      title: { en: "Closing plenary: towards the 2025 EU-CELAC Summit", es: "Plenaria de clausura: hacia la Cumbre UE-CELAC de 2025" },
      description: {
        en: "The agenda and priority areas agreed for the road to the 2025 EU-CELAC Summit.",
        es: "La agenda y las áreas prioritarias acordadas rumbo a la Cumbre UE-CELAC de 2025.",
      },
    },
  ],
};
