import type { SeedEvent } from "./types";

/**
 * EU-LAC Dialogue on Cybersecurity, Santo Domingo, 14–16 February 2024.
 * Event facts: EEAS story "Europe and Latin America & the Caribbean step up cooperation on
 * cybersecurity" (16 Feb 2024). The programme below is a SAMPLE: organisers replace it.
 * The sample stream links use the reserved example.org domain until organisers set real ones.
 */
const day1 = "2024-02-14";
const day2 = "2024-02-15";
const day3 = "2024-02-16";
const stream = (slug: string) => `https://stream.example.org/eu-lac-cyber-2024/${slug}`;

export const santoDomingo: SeedEvent = {
  event: {
    slug: "cybersecurity-dialogue-2024",
    themeTerm: "pillar",
    title: {
      en: "EU-LAC Dialogue on Cybersecurity",
      es: "Diálogo UE-ALC sobre Ciberseguridad",
      pt: "Diálogo UE-ALC sobre Cibersegurança",
      fr: "Dialogue UE-ALC sur la cybersécurité",
    },
    summary: {
      en: "The first dialogue after the 2023 Digital Alliance Days. Over 150 senior government representatives from Latin America and the Caribbean, the EU and its Member States, with civil society, academia and the private sector, discuss cyberdiplomacy, resilient ecosystems, capacity building and the protection of critical infrastructure.",
      es: "El primer diálogo tras los Días de la Alianza Digital de 2023. Más de 150 altos representantes gubernamentales de América Latina y el Caribe, la UE y sus Estados miembros, junto con la sociedad civil, la academia y el sector privado, debaten sobre ciberdiplomacia, ecosistemas resilientes, desarrollo de capacidades y protección de infraestructuras críticas.",
    },
    hosts: {
      en: "Opened by Joel Santos Echavarría, Minister of the Presidency of the Dominican Republic; co-chaired by Felice Zaccheo (European Commission) and Vice Minister José Montilla (Dominican Republic).",
      es: "Inaugurado por Joel Santos Echavarría, ministro de la Presidencia de la República Dominicana; copresidido por Felice Zaccheo (Comisión Europea) y el viceministro José Montilla (República Dominicana).",
    },
    venue: { en: "Santo Domingo", es: "Santo Domingo" },
    city: "Santo Domingo",
    countryCode: "DO",
    timeZone: "America/Santo_Domingo",
    startDate: day1,
    endDate: day3,
    registrationOpen: true,
    requiresApproval: true,
    capacity: 200,
    status: "published",
  },
  themes: [
    {
      slug: "workforce-capacity-building",
      name: { en: "Workforce capacity building", es: "Desarrollo de capacidades de la fuerza laboral" },
      description: {
        en: "Training, skills and career paths for the cybersecurity workforce.",
        es: "Formación, competencias y trayectorias profesionales para la fuerza laboral en ciberseguridad.",
      },
    },
    {
      slug: "multi-stakeholder-cooperation",
      name: { en: "Multi-stakeholder cooperation", es: "Cooperación multiactor" },
      description: {
        en: "Governments, industry, civil society and academia working together, including cyberdiplomacy.",
        es: "Gobiernos, industria, sociedad civil y academia trabajando juntos, incluida la ciberdiplomacia.",
      },
    },
    {
      slug: "cyber-ecosystems",
      name: { en: "Strengthened cyber ecosystems", es: "Ecosistemas cibernéticos fortalecidos" },
      description: {
        en: "Resilient cyber ecosystems, including policy and regulatory frameworks.",
        es: "Ecosistemas cibernéticos resilientes, incluidos los marcos normativos y regulatorios.",
      },
    },
    {
      slug: "secure-connectivity",
      name: { en: "Secure connectivity", es: "Conectividad segura" },
      description: {
        en: "Secure networks and the protection of critical infrastructure.",
        es: "Redes seguras y protección de las infraestructuras críticas.",
      },
    },
  ],
  sessions: [
    {
      slug: "opening-session",
      day: day1,
      start: "09:00",
      end: "10:30",
      kind: "plenary",
      room: "Main hall",
      capacity: null,
      streamed: true,
      streamUrl: stream("opening"),
      title: { en: "Opening session", es: "Sesión de apertura" },
      description: {
        en: "Opening of the dialogue by the Minister of the Presidency of the Dominican Republic and the co-chairs.",
        es: "Apertura del diálogo por el ministro de la Presidencia de la República Dominicana y los copresidentes.",
      },
      speakers: [
        {
          name: "Joel Santos Echavarría",
          role: { en: "Minister of the Presidency, Dominican Republic", es: "Ministro de la Presidencia, República Dominicana" },
        },
        { name: "Felice Zaccheo", role: { en: "Co-chair, European Commission", es: "Copresidente, Comisión Europea" } },
        {
          name: "José Montilla",
          role: { en: "Co-chair, Vice Minister, Dominican Republic", es: "Copresidente, viceministro, República Dominicana" },
        },
      ],
    },
    {
      slug: "building-the-cyber-workforce",
      theme: "workforce-capacity-building",
      day: day1,
      start: "11:00",
      end: "12:30",
      kind: "panel",
      room: "Main hall",
      capacity: 100,
      streamed: true,
      streamUrl: stream("workforce"),
      title: { en: "Building the cyber workforce", es: "Formar la fuerza laboral cibernética" },
      description: {
        en: "Panel on closing the cybersecurity skills gap in both regions.",
        es: "Panel sobre cómo cerrar la brecha de competencias en ciberseguridad en ambas regiones.",
      },
    },
    {
      slug: "public-private-information-sharing",
      theme: "multi-stakeholder-cooperation",
      day: day1,
      start: "11:00",
      end: "12:30",
      kind: "working_group",
      room: "Room 1",
      capacity: 25,
      title: { en: "Public–private cooperation and information sharing", es: "Cooperación público-privada e intercambio de información" },
      description: {
        en: "Working group on trusted channels between public authorities and industry.",
        es: "Grupo de trabajo sobre canales de confianza entre autoridades públicas e industria.",
      },
    },
    {
      slug: "policy-regulatory-frameworks",
      theme: "cyber-ecosystems",
      day: day1,
      start: "14:00",
      end: "15:30",
      kind: "panel",
      room: "Main hall",
      capacity: 120,
      streamed: true,
      streamUrl: stream("frameworks"),
      title: {
        en: "Policy and regulatory frameworks for cyber resilience",
        es: "Marcos normativos y regulatorios para la ciberresiliencia",
      },
      description: {
        en: "National strategies, legislation and regulation that make cyber ecosystems resilient.",
        es: "Estrategias nacionales, legislación y regulación que hacen resilientes los ecosistemas cibernéticos.",
      },
    },
    {
      slug: "securing-networks",
      theme: "secure-connectivity",
      day: day1,
      start: "14:00",
      end: "15:30",
      kind: "working_group",
      room: "Room 2",
      capacity: 20,
      title: { en: "Securing networks and submarine cables", es: "Proteger las redes y los cables submarinos" },
      description: {
        en: "Working group on the security of the connectivity that links the two regions.",
        es: "Grupo de trabajo sobre la seguridad de la conectividad que une a las dos regiones.",
      },
    },
    {
      slug: "cyberdiplomacy-roundtable",
      theme: "multi-stakeholder-cooperation",
      day: day1,
      start: "16:00",
      end: "17:30",
      kind: "roundtable",
      room: "Room 1",
      capacity: 30,
      title: { en: "Cyberdiplomacy and responsible state behaviour", es: "Ciberdiplomacia y comportamiento responsable de los Estados" },
      description: {
        en: "Roundtable on bi-regional cooperation in cyberdiplomacy.",
        es: "Mesa redonda sobre la cooperación birregional en ciberdiplomacia.",
      },
    },
    {
      slug: "training-pathways",
      theme: "workforce-capacity-building",
      day: day2,
      start: "09:00",
      end: "10:30",
      kind: "working_group",
      room: "Room 1",
      capacity: 25,
      title: { en: "Training and certification pathways", es: "Itinerarios de formación y certificación" },
      description: {
        en: "Working group on shared training programmes and recognition of skills.",
        es: "Grupo de trabajo sobre programas de formación compartidos y reconocimiento de competencias.",
      },
    },
    {
      slug: "csirt-cooperation",
      theme: "cyber-ecosystems",
      day: day2,
      start: "09:00",
      end: "10:30",
      kind: "working_group",
      room: "Room 2",
      capacity: 30,
      title: { en: "National CSIRTs and incident response", es: "CSIRT nacionales y respuesta a incidentes" },
      description: {
        en: "Working group on the maturity and cooperation of national incident response teams.",
        es: "Grupo de trabajo sobre la madurez y la cooperación de los equipos nacionales de respuesta a incidentes.",
      },
    },
    {
      slug: "critical-infrastructure",
      theme: "secure-connectivity",
      day: day2,
      start: "11:00",
      end: "12:30",
      kind: "panel",
      room: "Main hall",
      capacity: 120,
      streamed: true,
      streamUrl: stream("critical-infrastructure"),
      title: { en: "Protection of critical infrastructure", es: "Protección de infraestructuras críticas" },
      description: {
        en: "Panel on protecting energy, health, finance and telecommunications from cyber threats.",
        es: "Panel sobre la protección de la energía, la salud, las finanzas y las telecomunicaciones frente a ciberamenazas.",
      },
    },
    {
      slug: "civil-society-academia",
      theme: "multi-stakeholder-cooperation",
      day: day2,
      start: "14:00",
      end: "15:30",
      kind: "panel",
      room: "Main hall",
      capacity: null,
      title: {
        en: "Civil society and academia in cyber capacity building",
        es: "Sociedad civil y academia en el desarrollo de capacidades cibernéticas",
      },
      description: {
        en: "How civil society and research institutions contribute to cyber capacity building.",
        es: "Cómo contribuyen la sociedad civil y las instituciones de investigación al desarrollo de capacidades cibernéticas.",
      },
    },
    {
      slug: "cyber-crisis-exercise",
      theme: "cyber-ecosystems",
      day: day2,
      start: "16:00",
      end: "17:30",
      kind: "workshop",
      room: "Room 2",
      capacity: 16,
      title: { en: "Cyber crisis table-top exercise", es: "Ejercicio de simulación de crisis cibernética" },
      description: {
        en: "Hands-on exercise in coordinating the response to a cross-border cyber incident.",
        es: "Ejercicio práctico de coordinación de la respuesta a un incidente cibernético transfronterizo.",
      },
    },
    {
      slug: "pillars-report-back",
      day: day3,
      start: "09:00",
      end: "10:30",
      kind: "plenary",
      room: "Main hall",
      capacity: null,
      title: { en: "The four pillars report back", es: "Informe de los cuatro pilares" },
      description: {
        en: "Each pillar presents its conclusions.",
        es: "Cada pilar presenta sus conclusiones.",
      },
    },
    {
      slug: "closing-outcomes",
      day: day3,
      start: "11:00",
      end: "12:30",
      kind: "plenary",
      room: "Main hall",
      capacity: null,
      streamed: true,
      streamUrl: stream("closing"),
      title: {
        en: "Closing: concrete steps towards the 2025 EU-CELAC Summit",
        es: "Clausura: pasos concretos hacia la Cumbre UE-CELAC de 2025",
      },
      description: {
        en: "Outcomes of the dialogue and the concrete steps towards the 2025 EU-CELAC Summit.",
        es: "Resultados del diálogo y pasos concretos hacia la Cumbre UE-CELAC de 2025.",
      },
      speakers: [
        { name: "Felice Zaccheo", role: { en: "Co-chair, European Commission", es: "Copresidente, Comisión Europea" } },
        {
          name: "José Montilla",
          role: { en: "Co-chair, Vice Minister, Dominican Republic", es: "Copresidente, viceministro, República Dominicana" },
        },
      ],
    },
  ],
};
