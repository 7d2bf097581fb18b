/**
 * Content the conversation generator combines: texts, snippets, logs and phrasings, written by the
 * team for training. Nothing here comes from an evaluation set.
 * @module
 */

export const SENTENCES_EN = [
  "The meeting has been moved to Thursday at 3pm.",
  "Please remember to bring your badge to the office.",
  "Our store will be closed for inventory on Monday.",
  "Thank you for your patience while we fix the issue.",
  "The package should arrive within five business days.",
  "Could you send me the signed contract by Friday?",
  "We are happy to welcome you to the team.",
  "The train to the airport leaves every twenty minutes.",
  "Your subscription renews automatically each month.",
  "I will be out of office until the end of the week.",
  "Dinner is served at eight in the main hall.",
  "The museum is free on the first Sunday of the month.",
];

export const SENTENCES_FOREIGN: readonly [string, string][] = [
  ["de", "Das Wetter soll morgen deutlich besser werden."],
  ["de", "Bitte schicken Sie mir die Rechnung noch einmal."],
  ["es", "Mañana no habrá clases porque es feriado nacional."],
  ["es", "¿Podrías confirmar la reserva para el sábado?"],
  ["fr", "Le rendez-vous est reporté à la semaine prochaine."],
  ["fr", "Merci de vérifier les documents avant de signer."],
  ["it", "Il negozio resterà chiuso per ferie fino al 20 agosto."],
  ["pt", "A reunião foi remarcada para quinta-feira à tarde."],
  ["ru", "Поезд опаздывает примерно на сорок минут."],
  ["zh", "会议改到下周三下午两点举行。"],
  ["ja", "明日の打ち合わせは午前十時からに変更になりました。"],
  ["ko", "내일 회의는 오후 세 시로 변경되었습니다."],
];

export const TRANSCRIPTS = [
  "Transcript, product sync, 14 May\nMaya: Let's start with the onboarding revamp. Design is done, engineering estimates three sprints.\nTom: I think we can cut the tutorial video and ship in two.\nMaya: Agreed, video moves to Q3. Tom owns the cut-down scope.\nPriya: Support wants the new FAQ live before launch. I'll draft it by Friday.\nTom: Billing page still has the currency bug. Lee said he'd look at it.\nLee: Yes, I'll fix it this week and add a test.\nMaya: Last thing, pricing experiment. We keep it running two more weeks, then decide.\nPriya: I'll pull the conversion numbers for the next sync.",
  "Call notes — vendor review\nAnna: The current logging vendor raised prices by 40 percent.\nBen: We looked at two alternatives. One is cheaper but lacks SSO.\nAnna: SSO is a must for security. Let's drop that one.\nCarla: The other needs a migration of our dashboards, maybe two weeks of work.\nBen: I can lead the migration if we decide this month.\nAnna: Decision: we go with the second vendor, Ben leads, Carla supports. Contract signed by the 30th.\nCarla: I'll ask legal to review the DPA.",
  "Standup 9:30\nJonas: Yesterday I finished the export endpoint. Today tests, blocked on the staging database.\nRuth: I can give you access after this call.\nSam: I'm still on the flaky checkout test, I think it's a race in the cart service.\nRuth: Pair with Jonas this afternoon? He wrote that code.\nSam: Sure.\nRuth: Reminder, release freeze Thursday noon. Anything not merged waits for next week.",
  "Interview transcript (excerpt)\nQ: What made you move from teaching to software?\nA: Honestly, automating my grading spreadsheets. I realized I enjoyed that more than the grading.\nQ: What was hardest?\nA: Getting the first job. Nobody cared about my projects until a friend referred me.\nQ: Advice for others?\nA: Build things for people you know. Real users teach you faster than courses.",
  "Board meeting minutes\nThe chair opened the meeting at 6pm. The treasurer reported that membership fees cover 80% of costs this year.\nThe board discussed the roof repair. Two quotes were received; the lower one was approved, up to 12,000 euros.\nThe summer fair will take place on 21 June. Olga will coordinate volunteers and Mark will handle permits.\nThe next meeting is on 3 September.",
];

export const ARTICLES = [
  "Cities across Europe are experimenting with car-free zones in their historic centres. Early results show less noise and better air quality, and shop owners who first feared losing customers report steady or higher sales. Critics say the policies push traffic to surrounding neighbourhoods and hurt people who depend on cars, such as tradespeople and the elderly. Planners answer that delivery windows, better buses and exemptions for residents can address most of those concerns, but they admit that the changes work best when introduced gradually and with public consultation.",
  "A new study followed 3,000 office workers for two years to see how hybrid work affects productivity. Workers who came in two or three days a week reported higher satisfaction and were less likely to quit, while output measures stayed flat. Managers, however, rated hybrid workers slightly lower in performance reviews, which the authors link to being less visible. The researchers recommend clear goals and regular check-ins so that evaluations depend on results rather than presence.",
  "The company reported quarterly revenue of 4.2 billion dollars, up 9 percent from a year earlier, driven by its cloud division. Hardware sales declined for the third quarter in a row. The chief executive said investments in data centres would continue and that margins should recover next year as new capacity comes online. Shares fell 3 percent in after-hours trading as guidance came in below analyst expectations.",
  "Beekeepers in the region lost nearly a third of their colonies last winter, the highest loss in a decade. Experts point to a combination of a warm autumn, which kept bees active and burning through their stores, and a parasitic mite that has spread rapidly. Some keepers are trying mite-resistant queens and earlier treatments. The agriculture ministry has promised a support fund, but associations say the amount is too small.",
];

export const EMAILS = [
  "Hi all, quick update on the office move: the new space on 5th Street will be ready on March 3. Movers come on Friday the 28th at 4pm, please pack your desks by then. IT will set up monitors over the weekend. Parking passes can be picked up from Dana starting March 1. Questions to me or to facilities@acme.example. Thanks, Rob",
  "Dear Ms. Keller, thank you for your order #48213 placed on 12 April. Unfortunately, the blue armchair is out of stock until 6 May. You can wait, switch to the grey model (available now, same price), or cancel for a full refund. Please reply by 20 April. Best regards, Customer Care, Nordhaus Furniture",
  "Team — the Q2 planning offsite is confirmed for June 10-11 at the Lakeview Hotel. Agenda: roadmap review (day 1 morning), hiring plan (day 1 afternoon), budget (day 2). Please send your top three priorities to Jin by May 25. Travel bookings go through Travelco; the budget is 300 euros per night. — Helena",
];

export const TICKETS = [
  "I was charged twice for my subscription this month and nobody answers my emails.",
  "The app crashes every time I try to upload a photo from my gallery.",
  "How do I change the email address on my account?",
  "Your delivery driver left the package in the rain and everything is ruined.",
  "I love the new dark mode, great job!",
  "I can't log in after resetting my password, it says the link expired.",
  "Can I get an invoice with my company's VAT number?",
  "The checkout page keeps spinning and never finishes.",
];

export const CODE_TASKS = [
  "a Python function that checks whether a string is a palindrome",
  "a JavaScript function that debounces another function",
  "a SQL query that returns the top 5 customers by total order value",
  "a bash script that backs up a folder to a dated tar.gz file",
  "a TypeScript function that groups an array of objects by a key",
  "a Go HTTP handler that returns the server time as JSON",
  "a regex that matches ISO 8601 dates",
  "a Rust function that parses a comma-separated list of integers",
  "a Python class for a simple LRU cache",
  "a React component that shows a countdown timer",
];

export const SNIPPETS = [
  "def average(xs):\n    total = 0\n    for x in xs:\n        total += x\n    return total / len(xs)\n",
  "function fetchAll(urls) {\n  const results = [];\n  urls.forEach(async (u) => {\n    results.push(await fetch(u));\n  });\n  return results;\n}\n",
  "SELECT name, COUNT(*) FROM orders o JOIN customers c ON o.customer_id = c.id GROUP BY c.id;\n",
  "for (int i = 0; i <= items.length; i++) {\n    total += items[i].price;\n}\n",
  "export async function withRetry<T>(fn: () => Promise<T>, attempts = 3): Promise<T> {\n  for (let i = 0; ; i++) {\n    try {\n      return await fn();\n    } catch (error) {\n      await sleep(2 ** i * 100);\n    }\n  }\n}\n",
  "class Counter:\n    count = 0\n    def increment(self):\n        self.count += 1\n",
];

export const CI_LOGS = [
  "2024-05-02T10:11:12Z Step 4/9 : RUN npm ci\n2024-05-02T10:11:40Z npm ERR! code 1\n2024-05-02T10:11:40Z npm ERR! path /app/node_modules/sharp\n2024-05-02T10:11:40Z npm ERR! command failed\nThe command '/bin/sh -c npm ci' returned a non-zero code: 1\nError: Process completed with exit code 1.",
  "##[group]Run pytest -q\n............F...\nFAILED tests/test_billing.py::test_proration - AssertionError: assert 29.99 == 30.0\n1 failed, 15 passed in 4.21s\n##[error]Process completed with exit code 1.",
  "[12:04:51] INFO  Starting worker pool (size=8)\n[12:04:52] WARN  Queue latency 1200ms above threshold 500ms\n[12:05:10] ERROR Job 88213 failed after 3 retries: timeout after 30000ms\n[12:05:10] ERROR Job 88214 failed after 3 retries: timeout after 30000ms\n[12:05:11] INFO  Pool drained, 2 failures",
  "FAIL src/cart.test.ts (5.12 s)\n  ● cart › applies 10% discount\n    expect(received).toBe(expected)\n    Expected: 90\n    Received: 89.99999999999999\n      at Object.<anonymous> (src/cart.test.ts:42:27)\nTests: 1 failed, 37 passed, 38 total",
  "Traceback (most recent call last):\n  File \"app/jobs/report.py\", line 118, in build\n    ratio = done / total\nZeroDivisionError: division by zero\n2024-06-11 02:00:03,118 ERROR job=nightly_report attempt=2/3",
];

export const METRICS_QUESTIONS = [
  "Our monthly churn went from 3.2% in January to 4.8% in March while signups grew 12%. What's driving this and should we worry?",
  "Retention at day 30 dropped from 41% to 35% after the pricing change, but revenue per user went up 18%. Was the change worth it?",
  "Here are our funnel numbers: 120k visits, 9.6k signups, 1.1k trials started, 310 paid. Where is the biggest leak and what would you look at first?",
  "Q3 revenue was 2.4M vs 2.1M in Q2, but gross margin fell from 62% to 55%. What could explain it?",
  "Our NPS went from 31 to 44 over two quarters while support tickets per 1,000 users fell from 18 to 11. How should I present this to the board?",
  "Conversion on mobile is 1.2% and on desktop 3.4%, with mobile being 70% of traffic. What does this tell us?",
  "Customer acquisition cost rose from 140 to 210 dollars while LTV stayed at about 900. Is our growth still healthy?",
  "We had 18,400 MAU in April and 16,900 in May; DAU/MAU stayed at 0.27. Is this seasonal or a real decline?",
];

export const MATH_PROBLEMS = [
  "A train travels 240 km in 3 hours and then 180 km in 2 hours. What is its average speed for the whole trip?",
  "Solve for x: 4x - 7 = 2x + 9.",
  "If a shirt costs 40 dollars after a 20% discount, what was the original price?",
  "What is the probability of rolling two sixes with two fair dice?",
  "Find the area of a triangle with sides 5, 12 and 13.",
  "A tank fills in 6 hours with pipe A and 4 hours with pipe B. How long with both pipes open?",
  "Compute the derivative of f(x) = 3x^2 + 5x - 1.",
  "How many ways can 5 people sit in a row of 5 chairs?",
];
