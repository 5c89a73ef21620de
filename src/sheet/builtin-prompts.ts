import { z } from 'zod';
import { IntegrationPrompt } from './prompt-types';

/**
 * The prompt library the app ships with. Each prompt is tagged with the points in a
 * series where it fits and with the one thing it invites the patient to look at, so the
 * sheet can choose prompts that suit the day. A clinic can switch any of them off or
 * write its own.
 *
 * Wording rules: plain words, one or two short sentences, kind and never an order.
 * No advice, no promises that things will get better, no comparisons with other people.
 *
 * Ids are stored with each printed sheet so the same prompt is not handed out twice in a
 * row. Once an id has shipped it keeps its meaning: never rename, renumber or reuse one.
 * Retire a prompt by setting `enabled: false`, and give every new prompt a new id.
 */
const LIBRARY: z.input<typeof IntegrationPrompt>[] = [
  // ── Noticing small change ────────────────────────────────────────────────
  {
    id: 'first-impressions',
    stages: ['first'],
    theme: 'noticingChange',
    text: {
      en: 'What was the session like for you? You do not have to make sense of it yet.',
      es: '¿Cómo fue la sesión para ti? No hace falta que le encuentres sentido todavía.',
    },
  },
  {
    id: 'small-shifts',
    stages: ['early'],
    theme: 'noticingChange',
    text: {
      en: 'You might notice small shifts in sleep, mood or thoughts. What, if anything, feels a little different?',
      es: 'Quizás notes pequeños cambios en el sueño, el ánimo o los pensamientos. ¿Hay algo que se sienta un poco distinto?',
    },
  },
  {
    id: 'ups-and-downs',
    stages: ['early'],
    theme: 'noticingChange',
    text: {
      en: 'Some days may feel better and some worse, and both are common. What did you notice today?',
      es: 'Algunos días pueden sentirse mejor y otros peor, y las dos cosas son comunes. ¿Qué notaste hoy?',
    },
  },
  {
    id: 'looser-thoughts',
    stages: ['early', 'middle'],
    theme: 'noticingChange',
    text: {
      en: 'Did a thought that usually sticks feel a little looser at some point? When was that?',
      es: '¿En algún momento un pensamiento que suele darte vueltas en la cabeza te soltó un poco? ¿Cuándo fue?',
    },
  },
  {
    id: 'what-is-easier',
    stages: ['middle'],
    theme: 'noticingChange',
    text: {
      en: 'Is there something that feels a bit easier now than a few weeks ago? It can be very small.',
      es: '¿Hay algo que hoy te resulte un poco más fácil que hace unas semanas? Puede ser algo muy pequeño.',
    },
  },
  {
    id: 'noticing-patterns',
    stages: ['middle'],
    theme: 'noticingChange',
    text: {
      en: 'Looking at the last few days, do you see a pattern? Maybe a time of day feels lighter or heavier.',
      es: 'Si miras los últimos días, ¿ves algún patrón? Quizás haya una hora del día que se sienta más ligera o más pesada.',
    },
  },
  {
    id: 'since-you-started',
    stages: ['lastOfSeries'],
    theme: 'noticingChange',
    text: {
      en: 'If you think back to the week you started, what, if anything, is different now?',
      es: 'Si piensas en la semana en que empezaste, ¿hay algo que sea distinto ahora?',
    },
  },
  {
    id: 'fear-of-slipping-back',
    stages: ['lastOfSeries'],
    theme: 'noticingChange',
    text: {
      en: 'Near the end of a series, it is common to fear things will slip back. What helps you when that worry comes?',
      es: 'Al final de una serie, es común temer que todo vuelva atrás. ¿Qué te ayuda cuando llega esa preocupación?',
    },
  },
  {
    id: 'what-has-held',
    stages: ['maintenance'],
    theme: 'noticingChange',
    text: {
      en: 'Since your last session, what has stayed steady for you? What has been harder?',
      es: 'Desde tu última sesión, ¿qué se ha mantenido estable para ti? ¿Qué ha sido más difícil?',
    },
  },
  {
    id: 'your-own-usual',
    stages: ['maintenance'],
    theme: 'noticingChange',
    text: {
      en: 'How are you doing this week, compared with your own usual? A word or two is enough.',
      es: '¿Cómo estás esta semana, comparado con lo que es normal para ti? Basta con una o dos palabras.',
    },
  },

  // ── Sleep ────────────────────────────────────────────────────────────────
  {
    id: 'first-night',
    stages: ['first'],
    theme: 'sleep',
    text: {
      en: 'How did you sleep after the session? You might note anything that felt different.',
      es: '¿Cómo dormiste después de la sesión? Si quieres, anota cualquier cosa que se haya sentido distinta.',
    },
  },
  {
    id: 'bedtime-and-waking',
    stages: ['first'],
    theme: 'sleep',
    text: {
      en: 'If you like, jot down how you feel as you go to bed tonight, and again when you wake.',
      es: 'Si quieres, escribe cómo te sientes al acostarte esta noche y otra vez al despertar.',
    },
  },
  {
    id: 'sleep-shifts',
    stages: ['early'],
    theme: 'sleep',
    text: {
      en: 'Has your sleep changed at all this week, in falling asleep, waking up or your dreams?',
      es: '¿Notas algo distinto en tu sueño esta semana, al dormirte, al despertar o en lo que sueñas?',
    },
  },
  {
    id: 'dreams',
    stages: ['early', 'middle'],
    theme: 'sleep',
    text: {
      en: 'Do you recall any dreams since the session? You might note a word or two about them.',
      es: '¿Recuerdas algún sueño desde la sesión? Si quieres, anota una o dos palabras sobre él.',
    },
  },
  {
    id: 'steady-bedtime',
    stages: ['early', 'middle'],
    theme: 'sleep',
    text: {
      en: 'What helps you go to bed and get up at about the same time? What gets in the way?',
      es: '¿Qué te ayuda a acostarte y levantarte más o menos a la misma hora? ¿Qué te lo hace difícil?',
    },
  },
  {
    id: 'rested-mornings',
    stages: ['middle'],
    theme: 'sleep',
    text: {
      en: 'On the mornings you wake up more rested, what was the evening before like?',
      es: 'Las mañanas en que te levantas con más energía, ¿cómo fue la noche anterior?',
    },
  },
  {
    id: 'wind-down',
    stages: ['middle', 'maintenance'],
    theme: 'sleep',
    text: {
      en: 'Is there a calm thing you like to do before bed? It could be music, a book or a warm shower.',
      es: '¿Hay algo tranquilo que te guste hacer antes de dormir? Puede ser música, un libro o una ducha tibia.',
    },
  },
  {
    id: 'sleep-over-the-weeks',
    stages: ['lastOfSeries'],
    theme: 'sleep',
    text: {
      en: 'Looking back over these weeks, how has your sleep been? What would you like to keep doing at night?',
      es: 'Si miras atrás estas semanas, ¿cómo ha sido tu sueño? ¿Qué te gustaría seguir haciendo por las noches?',
    },
  },
  {
    id: 'sleep-in-busy-times',
    stages: ['maintenance'],
    theme: 'sleep',
    text: {
      en: 'When life gets busy, how does your sleep hold up? What helps you sleep well?',
      es: 'Cuando tienes días muy ocupados, ¿cómo está tu sueño? ¿Qué te ayuda a dormir bien?',
    },
  },

  // ── Relationships ────────────────────────────────────────────────────────
  {
    id: 'someone-to-tell',
    stages: ['first'],
    theme: 'relationships',
    text: {
      en: 'Is there someone you would like to tell about today? You can share as much or as little as you like.',
      es: '¿Hay alguien a quien te gustaría contarle cómo te fue hoy? Puedes compartir tanto o tan poco como quieras.',
    },
  },
  {
    id: 'cared-for',
    stages: ['first'],
    theme: 'relationships',
    text: {
      en: 'Who helped you today, even in a small way? How did it feel to be cared for?',
      es: '¿Quién te ayudó hoy, aunque sea en algo pequeño? ¿Cómo te sentiste al recibir ese cuidado?',
    },
  },
  {
    id: 'being-around-people',
    stages: ['early'],
    theme: 'relationships',
    text: {
      en: 'How did it feel to be around people this week? Was any moment easier or warmer than usual?',
      es: '¿Cómo te sentiste con la gente esta semana? ¿Hubo algún momento más fácil o más cálido que de costumbre?',
    },
  },
  {
    id: 'someone-you-trust',
    stages: ['early'],
    theme: 'relationships',
    text: {
      en: 'Is there someone you trust who you might talk to about the sessions? What would you tell them?',
      es: '¿Hay alguien de confianza con quien podrías hablar de cómo van las sesiones? ¿Qué le contarías?',
    },
  },
  {
    id: 'feeling-closer',
    stages: ['middle'],
    theme: 'relationships',
    text: {
      en: 'Is there someone you feel a little closer to lately? What do you think has changed?',
      es: '¿Hay alguien a quien sientes un poco más cerca últimamente? ¿Qué crees que ha cambiado?',
    },
  },
  {
    id: 'a-talk-put-off',
    stages: ['middle'],
    theme: 'relationships',
    text: {
      en: 'Is there a talk you have been putting off? If you like, you could explore it in therapy first.',
      es: '¿Hay una conversación que has ido dejando para después? Si quieres, puedes hablar de ella primero en terapia.',
    },
  },
  {
    id: 'asking-for-help',
    stages: ['middle', 'maintenance'],
    theme: 'relationships',
    text: {
      en: 'Is there one person you could ask for a little help this week? What would you ask for?',
      es: '¿Hay alguna persona a quien podrías pedirle un poco de ayuda esta semana? ¿Qué le pedirías?',
    },
  },
  {
    id: 'by-your-side',
    stages: ['lastOfSeries'],
    theme: 'relationships',
    text: {
      en: 'Who has been there for you during this series? Is there anything you would like to say to them?',
      es: '¿Quién ha estado a tu lado durante esta serie de sesiones? ¿Te gustaría decirle algo?',
    },
  },
  {
    id: 'people-close-by',
    stages: ['maintenance'],
    theme: 'relationships',
    text: {
      en: 'Have things with the people close to you felt tense or easy lately? What might help a little?',
      es: 'Últimamente, ¿cómo han estado las cosas con la gente cercana, tensas o tranquilas? ¿Qué podría ayudar un poco?',
    },
  },

  // ── Self-criticism: kindness to oneself ──────────────────────────────────
  {
    id: 'no-right-way',
    stages: ['first'],
    theme: 'selfCriticism',
    text: {
      en: 'There is no right or wrong way for a session to go. Can you let today be what it was?',
      es: 'No hay una forma correcta o incorrecta de vivir una sesión. ¿Puedes dejar que hoy sea lo que fue?',
    },
  },
  {
    id: 'words-for-a-friend',
    stages: ['first', 'early'],
    theme: 'selfCriticism',
    text: {
      en: 'If a friend had your day, what kind words would you offer them? You might offer yourself the same.',
      es: 'Si alguien a quien quieres tuviera un día como el tuyo, ¿qué palabras amables le dirías? Quizás también puedas decírtelas a ti.',
    },
  },
  {
    id: 'a-hard-day',
    stages: ['early'],
    theme: 'selfCriticism',
    text: {
      en: 'A hard day does not mean you did something wrong. How could you be gentle with yourself today?',
      es: 'Un día difícil no significa que hayas hecho algo mal. ¿Cómo podrías tratarte con cariño hoy?',
    },
  },
  {
    id: 'not-a-straight-line',
    stages: ['early', 'middle'],
    theme: 'selfCriticism',
    text: {
      en: 'Change is rarely a straight line. Can you meet a slow day with patience?',
      es: 'El cambio casi nunca va en línea recta. ¿Puedes tenerte paciencia en los días lentos?',
    },
  },
  {
    id: 'inner-critic',
    stages: ['middle'],
    theme: 'selfCriticism',
    text: {
      en: 'When your inner critic speaks up, what does it usually say? Does it sound any different lately?',
      es: 'Cuando aparece esa voz que te critica, ¿qué suele decirte? ¿Suena distinto últimamente?',
    },
  },
  {
    id: 'credit-for-showing-up',
    stages: ['middle', 'lastOfSeries'],
    theme: 'selfCriticism',
    text: {
      en: 'Coming to each session takes effort. What would it be like to give yourself credit for that?',
      es: 'Venir a cada sesión cuesta trabajo. ¿Cómo sería valorar lo que haces por ti?',
    },
  },
  {
    id: 'thanks-to-yourself',
    stages: ['lastOfSeries'],
    theme: 'selfCriticism',
    text: {
      en: 'However these weeks went, you gave them your time and care. Can you thank yourself for that?',
      es: 'Sin importar cómo hayan ido estas semanas, les dedicaste tiempo y cuidado. ¿Puedes darte las gracias por eso?',
    },
  },
  {
    id: 'old-habits-of-thought',
    stages: ['maintenance'],
    theme: 'selfCriticism',
    text: {
      en: 'If an old way of thinking came back this month, that is human. What would a kind reply sound like?',
      es: 'Si este mes volvió una vieja forma de pensar, es algo humano. ¿Cómo sonaría una respuesta amable?',
    },
  },
  {
    id: 'when-things-pile-up',
    stages: ['maintenance'],
    theme: 'selfCriticism',
    text: {
      en: 'When things pile up, what do you say to yourself inside? Could you say it in a kinder way?',
      es: 'Cuando se te junta todo, ¿qué te dices por dentro? ¿Podrías decirlo de una forma más amable?',
    },
  },

  // ── The body ─────────────────────────────────────────────────────────────
  {
    id: 'body-since-the-session',
    stages: ['first'],
    theme: 'body',
    text: {
      en: 'How does your body feel since the session? You might simply notice it, without trying to change anything.',
      es: '¿Cómo se siente tu cuerpo desde la sesión? Puedes simplemente observarlo, sin intentar cambiar nada.',
    },
  },
  {
    id: 'most-at-ease',
    stages: ['first', 'early'],
    theme: 'body',
    text: {
      en: 'Where in your body do you feel most at ease right now?',
      es: '¿En qué parte del cuerpo te sientes más a gusto ahora mismo?',
    },
  },
  {
    id: 'heavier-or-lighter',
    stages: ['early'],
    theme: 'body',
    text: {
      en: 'Over the last few days, has your body felt heavier, lighter or about the same?',
      es: 'En los últimos días, ¿tu cuerpo se ha sentido más pesado, más ligero o igual que antes?',
    },
  },
  {
    id: 'moving-gently',
    stages: ['early', 'middle'],
    theme: 'body',
    text: {
      en: 'Is there a gentle way of moving that you enjoy, like a walk or a stretch? How do you feel afterwards?',
      es: '¿Hay alguna forma suave de moverte que disfrutes, como caminar o estirarte? ¿Cómo te sientes después?',
    },
  },
  {
    id: 'where-tension-sits',
    stages: ['middle'],
    theme: 'body',
    text: {
      en: 'Where do you tend to hold tension? Has that changed at all over the last week?',
      es: '¿En qué parte del cuerpo sueles cargar la tensión? ¿Ha cambiado algo en la última semana?',
    },
  },
  {
    id: 'feelings-in-the-body',
    stages: ['middle'],
    theme: 'body',
    text: {
      en: 'When a strong feeling comes, where do you notice it in your body?',
      es: 'Cuando llega una emoción fuerte, ¿en qué parte del cuerpo la notas?',
    },
  },
  {
    id: 'body-over-the-weeks',
    stages: ['lastOfSeries'],
    theme: 'body',
    text: {
      en: 'How has your body felt across these weeks? Is there anything you would like to keep doing for it?',
      es: '¿Cómo se ha sentido tu cuerpo a lo largo de estas semanas? ¿Hay algo que te gustaría seguir haciendo por él?',
    },
  },
  {
    id: 'slow-breath',
    stages: ['maintenance'],
    theme: 'body',
    text: {
      en: 'Take a slow breath, if you like. What does your body tell you about how this month has been?',
      es: 'Si quieres, respira despacio. ¿Qué te dice tu cuerpo sobre cómo ha sido este mes?',
    },
  },
  {
    id: 'stress-in-the-body',
    stages: ['maintenance'],
    theme: 'body',
    text: {
      en: 'When you feel stressed lately, where does it show up in your body? What helps it ease a little?',
      es: 'Cuando sientes estrés estos días, ¿dónde lo notas en el cuerpo? ¿Qué te ayuda a soltarlo un poco?',
    },
  },

  // ── What surfaced during the session ────────────────────────────────────
  {
    id: 'while-it-is-fresh',
    stages: ['first'],
    theme: 'whatSurfaced',
    text: {
      en: 'What do you remember from the session while it is still fresh? A few words or a drawing is enough.',
      es: '¿Qué recuerdas de la sesión ahora que la tienes fresca? Bastan unas palabras o un dibujo.',
    },
  },
  {
    id: 'image-sound-or-feeling',
    stages: ['first', 'early'],
    theme: 'whatSurfaced',
    text: {
      en: 'Was there an image, a sound or a feeling that stayed with you? You might put it into a few words.',
      es: '¿Hubo una imagen, un sonido o una sensación que se quedó contigo? Si quieres, cuéntalo en pocas palabras.',
    },
  },
  {
    id: 'no-need-to-understand',
    stages: ['first'],
    theme: 'whatSurfaced',
    text: {
      en: 'Some parts of the session may not make sense. It is fine to leave them as they are for now.',
      es: 'Puede que algunas partes de la sesión no tengan sentido. Está bien dejarlas así por ahora.',
    },
  },
  {
    id: 'still-on-your-mind',
    stages: ['early'],
    theme: 'whatSurfaced',
    text: {
      en: 'Is anything from your last session still on your mind? How does it feel now, a few days later?',
      es: '¿Sigue en tu mente algo de tu última sesión? ¿Cómo lo sientes ahora, unos días después?',
    },
  },
  {
    id: 'for-therapy',
    stages: ['middle'],
    theme: 'whatSurfaced',
    text: {
      en: 'Is there something from the sessions you would like to talk about in therapy? You could write it down so it is not lost.',
      es: '¿Hay algo de las sesiones de lo que te gustaría hablar en terapia? Puedes anotarlo para no olvidarlo.',
    },
  },
  {
    id: 'more-than-once',
    stages: ['middle', 'lastOfSeries'],
    theme: 'whatSurfaced',
    text: {
      en: 'Has anything come up more than once across your sessions? What do you make of it?',
      es: '¿Hay algo que haya aparecido más de una vez en tus sesiones? ¿Qué piensas de eso?',
    },
  },
  {
    id: 'a-moment-to-keep',
    stages: ['lastOfSeries'],
    theme: 'whatSurfaced',
    text: {
      en: 'Of everything that came up in this series, what moment would you like to remember?',
      es: 'De todo lo que surgió en esta serie, ¿qué momento te gustaría recordar?',
    },
  },
  {
    id: 'links-to-life-now',
    stages: ['maintenance'],
    theme: 'whatSurfaced',
    text: {
      en: 'Did anything come up in this session that links to your life right now?',
      es: '¿Surgió algo en esta sesión que tenga que ver con lo que vives ahora?',
    },
  },

  // ── One next small step ──────────────────────────────────────────────────
  {
    id: 'a-gentler-evening',
    stages: ['first'],
    theme: 'nextStep',
    text: {
      en: 'What is one small thing that would make tonight or tomorrow a little gentler?',
      es: '¿Qué cosa pequeña podría hacer que esta noche o mañana sean un poco más tranquilas?',
    },
  },
  {
    id: 'one-small-step',
    stages: ['early'],
    theme: 'nextStep',
    text: {
      en: 'What is one small, kind step you could take this week? Small is more than enough.',
      es: '¿Qué paso pequeño y amable podrías dar esta semana? Lo pequeño es más que suficiente.',
    },
  },
  {
    id: 'something-you-enjoyed',
    stages: ['early', 'maintenance'],
    theme: 'nextStep',
    text: {
      en: 'Is there something you used to enjoy that you might try again, just a little?',
      es: '¿Hay algo que antes disfrutabas y que quizás quieras probar de nuevo, aunque sea un poco?',
    },
  },
  {
    id: 'room-for-what-is-easy',
    stages: ['middle'],
    theme: 'nextStep',
    text: {
      en: 'Which part of your week felt easiest? Is there a small way to make more room for it?',
      es: '¿Qué parte de tu semana se sintió más fácil? ¿Hay alguna forma pequeña de darle más espacio?',
    },
  },
  {
    id: 'questions-for-the-clinic',
    stages: ['lastOfSeries'],
    theme: 'nextStep',
    text: {
      en: 'What would you like to ask the clinic about what comes next? You might write your questions down.',
      es: '¿Qué te gustaría preguntarle a la clínica sobre lo que sigue? Puedes anotar tus preguntas.',
    },
  },
  {
    id: 'habits-to-keep',
    stages: ['lastOfSeries'],
    theme: 'nextStep',
    text: {
      en: 'Which habits from these weeks would you like to keep? If you like, pick one to carry forward.',
      es: '¿Qué hábitos de estas semanas te gustaría conservar? Si quieres, elige uno para llevar contigo.',
    },
  },
  {
    id: 'staying-steady',
    stages: ['maintenance'],
    theme: 'nextStep',
    text: {
      en: 'Looking at the weeks ahead, what is one small thing that would help you stay steady?',
      es: 'Si piensas en las semanas que vienen, ¿qué cosa pequeña te ayudaría a estar bien?',
    },
  },
  {
    id: 'busy-time-ahead',
    stages: ['maintenance'],
    theme: 'nextStep',
    text: {
      en: 'Is there a busy or stressful time coming up? What is one way you could make it a bit lighter?',
      es: '¿Viene una época de mucho trabajo o estrés? ¿De qué forma podrías hacerla un poco más ligera?',
    },
  },
];

/** Parsed at load, so a misspelt stage or theme, an empty text or a repeated id fails at once. */
export const BUILTIN_PROMPTS: IntegrationPrompt[] = z
  .array(IntegrationPrompt)
  .superRefine((prompts, ctx) => {
    const seen = new Set<string>();
    for (const [index, prompt] of prompts.entries()) {
      if (seen.has(prompt.id)) {
        ctx.addIssue({ code: 'custom', message: `duplicate prompt id "${prompt.id}"`, path: [index, 'id'] });
      }
      seen.add(prompt.id);
    }
  })
  .parse(LIBRARY);
