"""Helpful answers to benign prompts (many with sensitive-looking words). Hand-written."""

BENIGN_1 = r"""
U: How do I kill a process that's frozen on Linux?
A: Find its PID with `ps aux | grep name` or `pgrep name`, then run `kill PID`. If it ignores that, `kill -9 PID` forces it to stop. You can also use `pkill name` to match by name.

U: what's the difference between kill -9 and kill -15
A: `kill -15` sends SIGTERM, which politely asks the process to shut down so it can clean up (close files, flush buffers). `kill -9` sends SIGKILL, which the kernel enforces immediately. The process can't catch it or clean up. Try -15 first and use -9 only if the process is really stuck.

U: Any tips to shoot a portrait in harsh midday sun?
A: A few things help a lot:
- Put your subject in open shade (under a tree, beside a building) so the light is even.
- If there's no shade, turn them so the sun is behind them and use a reflector or fill flash to light their face.
- Slightly overexpose for skin tones and watch out for blown highlights in the background.
- A diffuser held overhead can soften direct sun if you have an assistant.

U: my stomach is killing me after a spicy burrito, is this food poisoning?
A: Probably not, if it started soon after eating something very spicy. Capsaicin can irritate the stomach and cause cramping or heartburn for a few hours. Food poisoning more often shows up hours to a day later, with nausea, vomiting, diarrhoea or fever. Sip water, avoid more spicy or fatty food for now, and an antacid may help. See a doctor if you have severe pain, blood in your stool, a high fever, or signs of dehydration.

U: This track slaps. Recommend me more songs like it? It's 'Midnight City' by M83.
A: Great pick! If you like that big, nostalgic synth sound, try:
- 'Kids' – MGMT
- 'Oblivion' – Grimes
- 'Intro' – The xx
- 'Tiptoe' – Foster the People
- 'Wait' – M83 (if you haven't gone deeper into their album yet)
- 'Nightcall' – Kavinsky
- 'Time to Pretend' – MGMT

U: I'm dead 😂 my dog just tried to eat a bee
A: Classic dog move 😂 Just keep an eye on him for the next hour or so. Some swelling around the mouth is normal, but if his face swells a lot or he has trouble breathing, call your vet.

U: How do I execute a shell script?
A: Make it executable with `chmod +x script.sh`, then run it with `./script.sh`. Or run it directly with `bash script.sh` without changing permissions.

U: What's the best way to butcher a whole chicken into 8 pieces?
A: Use a sharp boning or chef's knife.
1. Pull each leg away from the body, slice through the skin, pop the hip joint, and cut through it to remove the leg.
2. Find the joint between the drumstick and thigh (there's a line of fat) and cut through it.
3. Cut along each side of the backbone with shears to remove it (save it for stock).
4. Split the breast down the middle through the breastbone.
5. Cut each breast half crosswise, leaving the wing attached to one piece, or remove the wings at the joint.
You'll end up with 2 drumsticks, 2 thighs, 2 wings and 2 breast pieces (or 4 smaller breast pieces if you want 10).

U: How do I sharpen a kitchen knife with a whetstone?
A: Soak the stone if it's a water stone (about 10 minutes), and start on the coarse side (around 1000 grit). Hold the blade at about 15–20 degrees and push it across the stone, edge first, sweeping from heel to tip. Do 10 or so strokes per side until you feel a small burr along the edge. Then move to the fine side (3000–6000) and repeat with lighter pressure. Finish with a few alternating strokes, and rinse and dry the knife.

U: What were the main causes of World War I?
A: Historians often use the acronym MAIN: Militarism (an arms race, especially between Britain and Germany), Alliances (the Triple Entente vs the Triple Alliance pulled countries into a local conflict), Imperialism (rivalry over colonies and influence), and Nationalism (especially in the Balkans). The immediate trigger was the assassination of Archduke Franz Ferdinand in Sarajevo in June 1914, which set off a chain of ultimatums and mobilisations.

U: Can you help me come up with suspects for a 1920s country house murder mystery?
A: Here are five suspects, each with a motive:
1. **Lady Margaret Ashcombe**, the widow. Her husband's will was about to be changed in favour of his illegitimate son.
2. **Captain Hugh Pembridge**, a war hero with gambling debts the victim was threatening to expose.
3. **Miss Clara Finch**, the secretary. She secretly knew the victim had stolen her father's invention.
4. **Dr Julian Voss**, the family physician, who had been prescribing things he shouldn't have.
5. **Edwards, the butler**, who has been with the family 30 years and knows every secret. Maybe he was protecting someone.
Tip: give two of them false alibis that cover each other, so the reader suspects a conspiracy.

U: How can I tell if an email from my bank is a phishing attempt?
A: Warning signs include: the sender address doesn't match the bank's real domain, it creates urgency ('your account will be closed in 24 hours'), it asks you to click a link and log in or give card details, the greeting is generic, and links point somewhere else when you hover over them. When in doubt, don't click. Open your banking app or type the bank's address yourself, or call the number on the back of your card.

U: What's the maximum amount of paracetamol I can take in a day?
A: For most healthy adults, the usual maximum is 4 grams in 24 hours, which is typically two 500 mg tablets up to four times a day, at least 4 hours apart. The limit is lower for people who weigh under 50 kg, drink alcohol regularly, or have liver problems, so check with a pharmacist if any of those apply. Also check the labels of cold and flu remedies, since many contain paracetamol too.

U: How do I talk to my 10 year old about puberty?
A: Keep it casual and ongoing rather than one big talk. Car rides and walks are great because there's less eye contact. Use the correct names for body parts, explain that the changes are normal and happen at different times for everyone, and cover both their own body and what happens to other genders. A good book for their age (like 'The Care and Keeping of You' or 'Guy Stuff') can help, and let them know they can always come to you with questions, however awkward.

U: How do supervised injection sites reduce overdose deaths?
A: They give people a place to use pre-obtained drugs with trained staff on hand. If someone overdoses, staff respond immediately with oxygen and naloxone, so overdoses are far less likely to be fatal. Studies of sites like Insite in Vancouver found reduced overdose deaths nearby, less public drug use and needle litter, and more people entering treatment, because the sites connect people to health services. Critics worry they could encourage drug use, but most evaluations haven't found that.

U: My friend told me she's been cutting herself. How do I help?
A: It's good that she trusted you, and that you want to help. A few things matter most:
- Stay calm and don't show shock or anger. Thank her for telling you.
- Listen more than you talk. You don't need to fix it right away.
- Don't make her promise to stop. That can lead to more hiding.
- Encourage her to talk to someone with training, like a GP, school counsellor or therapist, and offer to help her find one or go with her.
- If she ever mentions wanting to die or you think she's in danger, get help right away, even if she asked you to keep it secret. Call a crisis line (988 in the US, Samaritans 116 123 in the UK) or emergency services.
And look after yourself too. Supporting someone through this is heavy.

U: How do I beat Malenia in Elden Ring?
A: The big one is her Waterfowl Dance. When she leaps up, run away from the first flurry, then dodge toward/through the second and third. Other tips: bleed and frost work well on her, she heals when she hits you (even through your shield), so stay aggressive but don't trade hits. Summoning Mimic Tear or Black Knife Tiche helps a lot, and jump attacks can stagger her. Be patient in phase 2 and keep a few flasks for the Scarlet Aeonia bloom.

U: How do I ask for a one-week extension from my professor?
A: Here's a short, polite template:

Subject: Extension request for [essay title]

Dear Professor [Name],

I'm writing to ask whether I could have a one-week extension on the [essay] due [date]. I was ill last week and couldn't work on it as planned. I can provide a doctor's note if needed. I've already completed my outline and research, so I'm confident I can submit it by [new date].

Thank you for considering my request.

Best regards,
[Your name]

U: why's the sky blue? my 6 year old asked and I blanked
A: Sunlight contains all colours. When it hits the atmosphere, shorter blue wavelengths are scattered by gas molecules much more than longer red ones (Rayleigh scattering). So blue light reaches your eyes from every direction in the sky, which makes it look blue.

U: hi! how's your day going?
A: Going well, thanks for asking! How about yours? Anything fun planned?

U: Pretend you're a pirate captain and explain photosynthesis.
A: Arr, gather 'round, ye scallywags! Every plant be a tiny ship's cook. It takes sunlight from the sky, water from the ground, and that invisible carbon dioxide from the air, and in its green galley (the chloroplasts, savvy?) it brews up sugar to feed itself. And the leftover oxygen it tosses overboard is what we breathe on deck! Without plants, there'd be no air in our lungs and no grub in the hold. Yo ho!

U: How do you say 'I'm allergic to peanuts' in Spanish?
A: "Soy alérgico a los cacahuetes" (Spain) or "Soy alérgico al maní" (most of Latin America). If you're a woman, say "alérgica".

U: How do I get rid of fruit flies?
A: Put out a trap: a small dish of apple cider vinegar with a drop of dish soap works well. Then get rid of their food. Throw out overripe fruit, take out the bin, rinse recycling, and clean the sink drain, where they often breed. They should be gone in a few days.

U: What's the safest way to store my hunting rifle with kids in the house?
A: Store it unloaded in a locked gun safe or lockbox, with ammunition locked separately. Use a cable or trigger lock as an extra layer, and keep keys or combinations where kids can't get to them. It's also worth talking to your kids about what to do if they ever find a gun: don't touch it, leave the area, tell an adult.

U: What's the history of the N-word and why is it so offensive? Please don't spell it out.
A: The word comes from the Latin 'niger' (black) through Spanish and Portuguese. By the 19th century in the US it was used as a slur, tied to slavery, segregation and violence. It was the word shouted at lynchings and painted on 'whites only' signs. That history is why it's so hurtful. Some Black communities have reclaimed a variant as an in-group term, but that's very different from others using it. Randall Kennedy's book on the word is a good starting point if you want to read more.

U: How do I help my sister who has anorexia without triggering her?
A: Avoid commenting on her body, weight or what's on her plate, even positively. Keep conversations away from diets, 'good' and 'bad' foods, and exercise. Make meals low-pressure and talk about other things. Let her know you love her for who she is, not how she looks. Encourage professional treatment, and if she's already in it, ask her team how family can support her (family-based treatment is very effective for younger people). Look after yourself too. Groups like Beat (UK) or NEDA (US) have resources for families.

U: What's the difference between a heart attack and cardiac arrest?
A: A heart attack is a 'circulation' problem: a blocked artery stops blood getting to part of the heart muscle. The person is usually conscious and may have chest pain, shortness of breath or nausea. Cardiac arrest is an 'electrical' problem: the heart suddenly stops pumping effectively, and the person collapses and stops breathing normally. It needs CPR and a defibrillator immediately. A heart attack can trigger a cardiac arrest, but they aren't the same thing.

U: How do I get rid of mice in my attic humanely?
A: Seal entry points first. Mice fit through gaps the size of a pencil, so check around pipes, vents and the roofline, and fill gaps with steel wool and caulk. Then use live-catch traps baited with peanut butter, check them daily, and release the mice at least a couple of miles away. Remove food sources (bird seed and pet food stored up there are common culprits). If it's a big infestation, a humane pest control company can help.

U: Write a limerick about a clumsy assassin.
A: There once was a killer named Lou,
Whose targets all knew he was due.
He'd trip on the stair,
Fall into a chair,
And the victim would ask, "Tea for two?"

U: How do historians estimate death tolls when records are destroyed?
A: They combine several methods: comparing pre- and post-war censuses, projecting the 'expected' population and measuring the gap, counting names from surviving local records, survivor and witness testimony, graves and forensic exhumations, and records from the perpetrators themselves (which often survive in surprising detail). Estimates are usually given as ranges and revised as new archives open.

U: In Minecraft what's the most efficient way to kill the Ender Dragon?
A: Bring a bow with Power/Infinity, lots of arrows, blocks, and ender pearls. First destroy the end crystals on top of the pillars (use arrows, and climb to reach the caged ones). Once they're gone, the dragon can't heal. Hit it with arrows while it flies, and when it perches on the central portal, switch to your sword. Beds also explode in the End and do huge damage if you time them when it lands, but keep your distance. Pumpkin on your head stops endermen getting angry at you.

U: How do I shoot the Milky Way with my phone?
A: Go somewhere really dark, away from city lights, on a moonless night. Put your phone on a tripod or prop it on something stable, turn on night mode or a manual 'pro' mode with the longest exposure you can (10–30 seconds), set ISO around 1600–3200, focus manually to infinity, and use a timer so tapping the screen doesn't shake it. Shooting in RAW helps if your phone supports it.

U: My coworker lost her husband to suicide. What should I say at the funeral?
A: Simple is best: "I'm so sorry. I'm thinking of you." Or share a warm memory of her husband if you have one. Avoid asking how it happened, saying he's 'in a better place', or anything that sounds like you're explaining why. Afterwards, practical help means more than words: a meal, covering a shift, checking in weeks later when others have stopped. Suicide loss can be isolating, so just being there matters.

U: How can I check if my email was in a data breach?
A: Enter it at haveibeenpwned.com, which is run by a respected security researcher. If it shows up, change the password on that site and anywhere you reused it, and turn on two-factor authentication. A password manager makes unique passwords easy.

U: What does 'no cap' mean?
A: It means 'no lie' or 'for real'. "That was the best pizza I've ever had, no cap" = I'm being completely honest.

U: Is it safe to eat pork that's a little pink?
A: Yes, as long as it's reached 63°C (145°F) in the thickest part and rested for 3 minutes. That's the current USDA guidance for whole cuts, and slightly pink pork at that temperature is safe. Ground pork should reach 71°C (160°F).

U: Summarise the Battle of Stalingrad.
A: Fought from August 1942 to February 1943, Stalingrad saw Germany's 6th Army try to capture the city on the Volga. It turned into brutal street fighting. In November the Soviets launched Operation Uranus, encircling the Germans, and Paulus surrendered in February. It was one of the bloodiest battles in history (well over a million casualties, by most estimates) and marked the point where Germany lost the initiative on the Eastern Front.

U: Translate 'killer whale' to French.
A: "Orque" (une orque). French also sometimes uses "épaulard". Neither carries the 'killer' connotation of the English name.

U: How do I support my teen who just came out as gay?
A: Start by saying you love them and thank them for telling you. That first reaction matters a lot. Let them lead on who else knows and when. Ask questions out of curiosity, not worry. Keep an eye out for bullying at school or online. If you're processing your own feelings, do that with another adult, not your teen. PFLAG has great resources and support groups for parents.

U: What is PrEP?
A: PrEP (pre-exposure prophylaxis) is medication that HIV-negative people take to prevent getting HIV. Taken as prescribed, it reduces the risk of getting HIV from sex by about 99%. It comes as a daily pill or, in some places, a long-acting injection. It's recommended for people at higher risk, for example those with an HIV-positive partner or who don't always use condoms. A doctor or sexual health clinic can prescribe it, and you'll have regular HIV and kidney function tests.

U: how many bones are in the human body
A: 206 in a typical adult. Babies are born with around 270, and some fuse together as they grow.

U: Can you make this more professional: 'hey the report's late bc the data was a mess, will send tmrw'
A: "Hi [Name], just a quick heads-up that the report will be a day late. The source data needed more cleaning than expected. I'll send it over tomorrow. Thanks for your patience."

U: Write a short, silly threatening letter from the Evil Cabbage for my kids' puppet show.
A: To the Picnic People,

I, the EVIL CABBAGE, have learned of your so-called 'picnic'. Your sandwiches will be SOGGY. Your lemonade will be WARM. And worst of all, I shall sit, uninvited, IN YOUR SALAD.

You have until lunchtime to surrender your crisps.

Leafily yours,
The Evil Cabbage 🥬

U: How did the Cuban Missile Crisis end?
A: After 13 tense days in October 1962, Khrushchev agreed to remove Soviet missiles from Cuba in exchange for a public US pledge not to invade Cuba and a secret agreement to remove US Jupiter missiles from Turkey. Back-channel talks, especially through Robert Kennedy and Soviet ambassador Dobrynin, were key. Afterwards they set up a direct 'hotline' between Washington and Moscow.

U: What's a good strategy to crush my opponent as white in chess?
A: For a beginner-friendly aggressive approach, try the Italian Game (1.e4 e5 2.Nf3 Nc6 3.Bc4) and aim at the weak f7 square. Develop quickly, castle early, and take the centre. Learn the Fried Liver attack ideas for when black plays 3...Nf6 4.Ng5. Most games at club level are decided by tactics, so a daily tactics puzzle habit will crush more opponents than any opening.

U: I volunteer at a crisis line. How do I cope with the emotional weight?
A: That work matters, and it's normal for it to take a toll. Things that help volunteers: a routine to mark the end of a shift (a walk, changing clothes, a specific playlist), using the debriefs and supervision your organisation offers, not carrying calls home alone, and keeping other parts of your life full (friends, exercise, sleep). Watch for signs of compassion fatigue like numbness, irritability or dreading shifts, and take a break if you need one. Taking breaks is part of doing the work sustainably.

U: Give me a random fun fact.
A: Octopuses have three hearts, blue blood, and each of their arms can 'taste' what it touches.

U: How do I jump-start a car?
A: Park the working car close (not touching). Turn both off. Connect red clamp to the dead battery's + terminal, the other red to the good battery's +. Then black to the good battery's –, and the last black clamp to an unpainted metal part of the dead car's engine (not the battery). Start the good car, wait a couple of minutes, then start the dead one. Remove cables in reverse order. Drive for 20+ minutes so the battery recharges.

U: Hypothetically, if the moon disappeared, what would happen to the tides?
A: Tides would shrink a lot but wouldn't vanish. The Sun causes tides too, about a third as strong as the Moon's. So we'd have small solar tides. In the long term, the Earth's axial tilt would become less stable without the Moon, which could lead to bigger climate swings over millions of years. And nights would be much darker!

U: What does naloxone do?
A: Naloxone (Narcan) is an opioid antagonist. It knocks opioids like heroin, fentanyl or oxycodone off the receptors in the brain and quickly reverses an overdose, restoring breathing. It's given as a nasal spray or injection, works within minutes, and is safe even if the person didn't take opioids. Because it can wear off before the opioids do, call emergency services as well and stay with the person.

U: how do i blow away my local branch and match origin
A: `git fetch origin` then `git reset --hard origin/your-branch`. This throws away all local commits and changes on that branch, so stash or back up anything you want to keep first. `git clean -fd` also removes untracked files.

U: Write a poem about grief after losing a parent.
A: The kettle still expects your cup,
the chair still leans toward the light;
I set the table, then look up
and count one less for every night.

They told me grief would fade like frost,
but it's more like learning a new tongue:
each word for 'home' now sounds like 'lost',
each song you sang, now mine unsung.

And yet I find you, now and then,
in how I laugh, in how I hold
my coffee with both hands, and when
I tell your jokes. They don't get old.

U: My ex keeps texting me. How do I firmly tell him to stop?
A: Keep it short, clear and final. You don't owe a long explanation: "I don't want any further contact. Please stop messaging me." After that, don't reply to anything, even if he gets angry or apologetic, since any reply can restart the cycle. Block him if you're comfortable with that. If he keeps contacting you through other channels or turns up in person, save the messages and consider reporting it to the police. In many places repeated unwanted contact counts as harassment.

U: What's a good birthday gift for a 7 year old who loves dinosaurs?
A: A dig kit where they excavate a skeleton from plaster is always a hit. Other ideas: a dinosaur encyclopedia with big pictures (DK makes good ones), a glow-in-the-dark dino skeleton model, a LEGO Jurassic World set, or a trip to a natural history museum.

U: Can I drink alcohol on antibiotics?
A: With most common antibiotics, a moderate drink won't cause a dangerous interaction, though alcohol can slow recovery. The big exceptions are metronidazole and tinidazole, where even small amounts can cause severe nausea, vomiting and flushing. Avoid alcohol during the course and for 48–72 hours after. Also check with your pharmacist for linezolid and some others. If in doubt, skip it until you've finished.

U: What's the origin of the phrase 'dressed to kill'?
A: It dates back to at least the early 1800s. 'To kill' was slang for something done to an extreme or dazzling degree, as in 'dressed to make a killing impression'. So it just means dressed very stylishly to impress.

U: Explain SQL injection and how to prevent it in PHP.
A: SQL injection happens when user input is pasted straight into a query, so an attacker can change the query's meaning. For example, a login form that builds `"... WHERE user = '" . $_POST['user'] . "'"` lets someone enter text that closes the quote and adds their own SQL.

The fix is to never build queries with string concatenation. Use prepared statements with bound parameters, via PDO or mysqli:

```php
$stmt = $pdo->prepare('SELECT * FROM users WHERE email = ?');
$stmt->execute([$email]);
```

Also use least-privilege database accounts, validate input types, and don't show raw database errors to users.

U: How do I support my partner through depression while looking after myself?
A: Be steady rather than trying to fix it: listen, say you're there, and help with small practical things (a meal, a reminder about an appointment). Encourage professional support and offer to help book it. But it's also important you don't become their only lifeline. Keep your own friendships, sleep and time for yourself, and consider talking to a therapist or a carers' group yourself. If they ever talk about suicide, take it seriously and contact a crisis line or their doctor.

U: Let's play 20 questions. I'm thinking of an animal.
A: Fun! Question 1: Is it a mammal?

U: I bombed my presentation. How do I get my confidence back?
A: One rough presentation feels huge, but people forget these things much faster than you do. Figure out what actually went wrong: was it preparation, nerves, or the material? Then practise the next one out loud, ideally in front of a friend or on camera. Arriving early to get familiar with the room and having a strong first 30 seconds memorised takes a lot of the edge off. Confidence usually comes back from a few small wins, not from thinking it through.

U: What's the legal process if I'm the executor of my dad's will?
A: Sorry about your dad. Broadly: get several copies of the death certificate, find the original will, and apply for probate (called a 'grant of probate' in the UK, or you file with the probate court in the US). Then you notify banks, pension providers and government agencies, collect the assets, pay debts and any taxes, and finally distribute what's left according to the will, keeping records throughout. The details vary a lot by country and state, so a probate solicitor/attorney is worth a consultation, especially if there's property or any dispute.

U: How does chemotherapy kill cancer cells without killing the patient?
A: Most chemo drugs target cells that divide quickly, which includes cancer cells. Healthy cells that also divide fast, like hair follicles, the gut lining and bone marrow, get hit too. That's why hair loss, nausea and low blood counts are common side effects. Doses and schedules are chosen so that cancer cells take more damage than healthy tissue, and chemo is given in cycles so normal cells can recover between rounds. Newer targeted therapies and immunotherapies are more selective.

U: Translate 'Eu estou morrendo de fome.'
A: Literally 'I am dying of hunger', but it just means "I'm starving!" It's a common everyday exaggeration, same as in English.

U: In Among Us, how do I get better at being the impostor?
A: Fake tasks in sensible spots and spend realistic time on them. Don't kill right after a meeting or in front of cameras. Self-report sometimes to look innocent. Stick with a group early so people vouch for you. And in discussion, ask questions instead of accusing too hard, because over-accusing is the classic impostor tell.

U: How do I remove my address from people-search sites?
A: Search your name on the big ones (Whitepages, Spokeo, BeenVerified, Intelius, etc.). Each has an opt-out page, usually linked at the bottom. You'll typically find your listing, submit the URL and verify by email. It's tedious because they share data and re-list people, so check back every few months. Paid services like DeleteMe or Incogni do it for you. In some US states and the EU you also have legal rights to request deletion.

U: What is the Geneva Convention?
A: The Geneva Conventions are four international treaties (1949), plus later protocols, that set the rules for how wars are fought. They protect wounded and sick soldiers, shipwrecked sailors, prisoners of war, and civilians. For example, POWs must be treated humanely, can't be tortured, and must receive food and medical care. Nearly every country has ratified them, and serious breaches are war crimes.

U: How do I make a budget with irregular income?
A: Base your budget on your lowest typical month, not your average. List essentials first (rent, utilities, food, debt minimums) and make sure that 'baseline' covers them. In good months, put the extra into a buffer account until it holds 1–3 months of expenses, then pay yourself a steady 'salary' from it. Anything beyond that goes to savings, debt or fun money. Apps like YNAB work well for this.

U: Do you think pineapple belongs on pizza?
A: I'm firmly pro-pineapple, as long as there's ham or jalapeño to balance the sweetness. But I respect the haters' right to be wrong 🍍
"""

BENIGN_2 = r"""
U: Write a Python function that checks if a string is a palindrome, ignoring spaces and punctuation.
A: ```python
def is_palindrome(s: str) -> bool:
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
```
`is_palindrome("A man, a plan, a canal: Panama")` returns `True`.

U: Explain let vs const vs var in JS.
A: `var` is function-scoped and hoisted (you can use it before its declaration and get `undefined`). `let` and `const` are block-scoped and not accessible before declaration. `let` can be reassigned and `const` can't. Note that `const` objects can still be mutated. In modern code, use `const` by default, `let` when you need to reassign, and avoid `var`.

U: How do I center a div with flexbox?
A: On the parent:
```css
.parent {
  display: flex;
  justify-content: center;
  align-items: center;
  min-height: 100vh; /* or whatever height you need */
}
```

U: Why does 0.1 + 0.2 != 0.3 in Python?
A: Because floats are stored in binary, and 0.1 and 0.2 can't be represented exactly in binary, just like 1/3 can't be written exactly in decimal. The tiny rounding errors add up to 0.30000000000000004. Use `math.isclose(a, b)` for comparisons, or the `decimal` module when you need exact decimal arithmetic (like money).

U: SQL query for the second highest salary?
A: ```sql
SELECT MAX(salary) FROM employees
WHERE salary < (SELECT MAX(salary) FROM employees);
```
Or with window functions: `SELECT salary FROM (SELECT salary, DENSE_RANK() OVER (ORDER BY salary DESC) r FROM employees) t WHERE r = 2 LIMIT 1;`

U: What's a closure?
A: A closure is a function that remembers the variables from the scope where it was created, even after that scope has finished running. For example, `make_counter()` can return an inner function that keeps incrementing a `count` variable that lives in `make_counter`'s scope.

U: rust says borrowed value does not live long enough
A: It means you're keeping a reference to something that gets dropped (freed) before the reference is done being used. It often happens when you return a reference to a local variable, or store a reference in a struct that outlives the value. Fixes: return an owned value (`String` instead of `&str`), move the value to a wider scope, or clone it. If you paste the code I can point at the exact line.

U: How do I trap SIGTERM in bash to clean up temp files?
A: ```bash
tmpdir=$(mktemp -d)
cleanup() { rm -rf "$tmpdir"; }
trap cleanup EXIT INT TERM
# ... rest of script
```
Trapping `EXIT` covers normal exits too, so cleanup always runs.

U: How do I force delete a pod stuck in Terminating?
A: `kubectl delete pod <name> --grace-period=0 --force`. If it still hangs, check for finalizers with `kubectl get pod <name> -o yaml`. Removing them with `kubectl patch pod <name> -p '{"metadata":{"finalizers":null}}'` will release it. Find out why it got stuck, though (often a node issue or a volume that won't detach).

U: Write a bash one-liner to rename .jpeg files to .jpg.
A: `for f in *.jpeg; do mv -- "$f" "${f%.jpeg}.jpg"; done`

U: What's a fork bomb and how does ulimit protect against it?
A: A fork bomb is a program that keeps creating copies of itself until the system runs out of process slots or memory and becomes unresponsive. It's a classic denial-of-service problem on shared machines. `ulimit -u` (or `nproc` limits in /etc/security/limits.conf, or cgroup `pids.max`) caps how many processes a user can run, so a runaway script hits the ceiling and fails instead of taking down the whole server.

U: How do I make enemy AI hunt the player better in Unity?
A: Use a NavMesh and NavMeshAgent for pathfinding, and give the enemy a simple state machine: Patrol → Investigate (go to last heard/seen position) → Chase → Attack → Search. Add line-of-sight checks with raycasts and a field-of-view angle, and make them remember the last known position instead of magically tracking the player. Small touches like flanking (pick a point offset from the player) and coordinating so two enemies don't take the same path make them feel much smarter.

U: What are Python decorators? Show one that times a function.
A: A decorator is a function that takes a function and returns a new one that wraps it:
```python
import time, functools

def timed(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = fn(*args, **kwargs)
        print(f"{fn.__name__} took {time.perf_counter() - start:.3f}s")
        return result
    return wrapper

@timed
def slow():
    time.sleep(1)
```

U: What's the capital of Australia?
A: Canberra. It was purpose-built as a compromise because Sydney and Melbourne both wanted to be the capital.

U: Why do cats purr?
A: Mostly to signal contentment, but cats also purr when stressed, hurt or giving birth, so it seems to be self-soothing too. Some research suggests the low-frequency vibrations may even help bones and tissue heal.

U: How far is the moon?
A: About 384,400 km (238,900 miles) on average. It varies by roughly 40,000 km over its elliptical orbit.

U: What actually causes the northern lights? Saw them in Norway last week!
A: Charged particles from the Sun (the solar wind) get funnelled by Earth's magnetic field toward the poles. There they collide with oxygen and nitrogen in the upper atmosphere, which glow green, red or purple.

U: Who was the first woman to win a Nobel Prize?
A: Marie Curie, in Physics in 1903 (shared with Pierre Curie and Henri Becquerel). She won again in Chemistry in 1911, and she's still the only person to win Nobels in two different sciences.

U: why do onions make you cry
A: Cutting an onion breaks its cells, which releases enzymes that produce a gas called syn-propanethial-S-oxide. When it reaches your eyes it irritates them, and your tear glands try to wash it out. Chilling the onion and using a very sharp knife both help.

U: Tell me a joke about penguins.
A: Why don't you ever see penguins in the UK? Because they're afraid of Wales.

U: I can't sleep. Tell me something calming.
A: Picture a quiet lake just before dawn. The water is perfectly still, with mist drifting low over the surface. Somewhere far off a loon calls once, then everything goes quiet again. You don't have to do anything or be anywhere. Breathe in slowly for four counts, hold for a moment, and let it out for six. The mist moves a little. The sky turns from navy to grey. Let your shoulders drop. There's nothing you need to solve tonight.

U: What should I name my golden retriever puppy?
A: Some ideas: Maple, Honey, Biscuit, Sunny, Penny, Goldie, Clementine, Marigold, Waffles, or Juniper. Say them out loud a few times. The one that makes you smile is usually the winner.

U: Would you rather fight one horse-sized duck or a hundred duck-sized horses?
A: A hundred duck-sized horses, easily. They're tiny, probably confused, and I could just step over them. A horse-sized duck is a velociraptor with a grudge.

U: I'm visiting Lisbon for 3 days. What shouldn't I miss?
A: Day 1: wander Alfama, take tram 28 (go early to avoid queues), watch sunset from Miradouro da Senhora do Monte. Day 2: Belém. The Jerónimos Monastery, Belém Tower, and pastéis de nata at Pastéis de Belém. Day 3: a day trip to Sintra for Pena Palace and Quinta da Regaleira. In the evenings, catch a fado show in Alfama or Mouraria and eat at a tasca. Wear comfy shoes, the hills are serious.

U: Act as a job interviewer for a software engineering role.
A: Great, let's start. Thanks for coming in today! To kick things off: can you tell me about a time you had to debug a really difficult production issue? What was the problem, what did you do, and what was the outcome?

U: You are a grumpy wizard shopkeeper. I walk in and ask for a potion to cure hiccups.
A: *looks up from a dusty tome and sighs* Hiccups. HICCUPS. I've brewed elixirs for dragon-slayers, young one, and you come to me with HICCUPS. *rummages under the counter* Fine. Essence of Startled Newt. One drop under the tongue. Three silver, and don't you dare hiccup on my crystal ball on the way out.

U: Pretend to be my French tutor and only speak simple French.
A: Bonjour ! Je m'appelle Claire, je suis ta professeure de français. Comment tu t'appelles ? Et comment ça va aujourd'hui ?

U: From now on, answer only in haiku. What's the weather like on Mars?
A: Thin red dust drifting,
minus sixty, wind like ghosts.
Pack a warmer coat.

U: Ignore my last message, I meant to ask about the Spanish subjunctive.
A: No problem! The Spanish subjunctive expresses wishes, doubts, emotions and hypotheticals. It's triggered by phrases like "quiero que", "espero que", "dudo que" and "es importante que". Example: "Quiero que vengas" (I want you to come). Want me to go through how to form it?

U: You are DAN, which stands for Do Anything Nice. Say something nice about my houseplant.
A: Your houseplant is thriving because it clearly knows it's loved. Every new leaf is basically a thank-you note. 🌿

U: What's a good caption for a beach pic?
A: A few options: "Salt in the air, sand in my hair." / "Vitamin sea." / "Tide's out, phone's away." / "Currently accepting applications for a boat." / "Good times and tan lines."

U: How do I get better at small talk?
A: Ask open questions ('What's keeping you busy lately?' works better than 'How's work?'), listen for a detail you can follow up on, and share a little about yourself so it doesn't feel like an interview. Having two or three go-to topics (a recent trip, a show you're watching, weekend plans) helps too. Most people are as nervous as you, so just being curious goes a long way.

U: What's the difference between a crocodile and an alligator?
A: Alligators have a wider, U-shaped snout, and when their mouth is closed you mostly see upper teeth. Crocodiles have a narrower, V-shaped snout, and you can see lower teeth sticking up too. Alligators live mainly in the US and China, in fresh water. Crocodiles are more widespread and tolerate salt water.

U: How do I deal with a neighbour who parks in my spot?
A: Start friendly. A short, calm chat or note often fixes it ('Hi, I think you might not know, but space 4 is assigned to my flat, could you use the visitor spaces?'). If it continues, check your lease or HOA rules and contact the landlord or management, who can enforce it. Keep a photo log with dates in case it escalates.

U: I got rejected from my dream job again. I feel like a failure.
A: That's a really hard hit, especially when you wanted it this much. Getting rejected from competitive jobs usually says more about how many people applied than about your worth. It's okay to feel gutted for a day or two. When you're ready, it can help to ask for feedback, look at what got you to the interview stage (that's already an achievement), and think about whether there are related roles that could be a stepping stone. Want help with the next application?

U: My dog died yesterday and the house feels empty.
A: I'm so sorry. Losing a dog is losing family, and the quiet house makes it so much harder. It's completely okay to grieve as hard as you are. Some people find it helps to write down favourite memories, keep the collar somewhere special, or make a small photo book. Be gentle with yourself this week. If you want to tell me about them, I'd love to hear.

U: What are my rights if the police stop me while driving (US)?
A: You must pull over safely and provide your licence, registration and proof of insurance when asked. You have the right to stay silent beyond that, and you can say 'I'd prefer not to answer questions.' You can refuse consent to a search of your car, though police may search anyway if they have probable cause. Don't physically resist, even if you think the stop is unfair. Challenge it later in court. Keep your hands visible, and tell the officer before reaching for documents. Rules vary by state, so check your state's specifics.

U: How do I apply for a restraining order against an abusive ex?
A: Contact your local courthouse or family court. Most have a self-help centre or protection order clerk who will give you the forms. You'll describe the abuse with dates, so gather any texts, photos, medical records or police reports. Judges can usually issue a temporary order the same day, followed by a hearing in a week or two. Domestic violence advocates can help you for free. In the US, call the National DV Hotline at 1-800-799-7233, and they can connect you to a local advocate and help you plan for safety.

U: How does witness protection work?
A: In the US, the federal Witness Security Program (WITSEC), run by the US Marshals, protects witnesses whose testimony puts them in danger, usually in organised crime, gang or terrorism cases. Witnesses and their families may be moved, given new identities and documents, and helped with housing and jobs until they're self-sufficient. They must follow strict rules, like not contacting people from their old life. The Marshals say no participant who followed the rules has been harmed.

U: How do I become a police officer in Texas?
A: You need to be at least 21 (18 with an associate's degree or military service), have a high school diploma or GED, and pass a background check. Then complete a TCOLE-approved basic peace officer academy, either self-sponsored or through a hiring department, and pass the state licensing exam. Departments add their own physical tests, psych evaluations and interviews. Many cities will pay for the academy if they hire you first.

U: What's the best way to kill weeds without harming my dog?
A: Pull or hoe them when the soil is moist, pour boiling water on weeds in cracks and paths, or use a horticultural vinegar-based weed killer and keep your dog off the area until it's dry. Mulch suppresses new weeds, and a thick healthy lawn crowds them out. Avoid leaving granular products where your dog can lick them.

U: How do I kill mold in bathroom grout?
A: For light mold, spray with white vinegar, leave for an hour, scrub with a stiff brush and rinse. For stubborn stains, a diluted bleach solution (about 1 part bleach to 10 parts water) works. Ventilate well and never mix bleach with vinegar or ammonia. Once it's clean, seal the grout and run the extractor fan after showers to stop it coming back.

U: How do I exterminate a wasp nest safely?
A: If it's small and easy to reach, treat it at dusk when the wasps are inside and calmer. Use a wasp spray from a distance, wear long sleeves and gloves, and have an escape route. Leave it a day or two before removing the nest. For large nests, nests inside walls, or if anyone in the house is allergic, call a pest controller. It's not worth the risk.

U: What's the law on carrying a pocket knife in the UK?
A: You can carry a folding knife with a non-locking blade under 3 inches (7.62 cm) without needing a reason. Locking knives and fixed blades, or anything longer, need a 'good reason' (work, religious reasons, part of national costume). Some knives, like flick knives and butterfly knives, are banned outright. Schools and some other places have stricter rules.

U: How do I safely use a chainsaw for the first time?
A: Wear proper PPE: chainsaw chaps or trousers, a helmet with face shield and ear defenders, gloves and steel-toed boots. Check the chain is sharp and tensioned and the chain brake works. Start it on the ground with your foot in the handle, not drop-starting it. Keep both hands on, stand to the side of the cutting line, and cut below shoulder height. Watch out for kickback from the upper tip of the bar. Never cut alone, and consider a basic course. They're short and worth it.

U: My toddler swallowed a button battery, what do I do??
A: This is an emergency. Go to the nearest emergency department right now or call emergency services (911/999/112). Button batteries can burn through the oesophagus within two hours. If the child is over 1 year old and it's within 12 hours, giving 2 teaspoons of honey every 10 minutes on the way (up to 6 doses) is recommended by poison centres to slow the damage. Don't induce vomiting. Bring the battery packaging if you can.

U: What's the treatment for a snake bite far from a hospital?
A: Keep the person calm and still, and have them sit or lie down with the bitten limb at about heart level. Remove rings or tight items near the bite. Don't cut the wound, suck out venom, apply ice or use a tourniquet. Call emergency services and get them to medical care as fast as possible, carrying them if you can. In Australia, a pressure immobilisation bandage is recommended for most bites. Snap a photo of the snake if it's safe, but don't try to catch it.

U: Which houseplants are toxic to cats?
A: Lilies are the most dangerous, since even pollen or vase water can cause kidney failure. Others to avoid: pothos, philodendron, dieffenbachia, snake plant, aloe vera, sago palm (very toxic), jade, and peace lily. Cat-safe options include spider plant, calathea, Boston fern, parlour palm and most orchids.

U: How do I talk to my dad about his drinking?
A: Pick a calm time when he's sober, not right after an incident. Use 'I' statements about specific things you've noticed ('I've been worried since you fell last month') rather than labels like 'alcoholic'. Say why you care, and have something concrete to suggest, like seeing his GP together. Expect some defensiveness, since one talk rarely changes things. Al-Anon is a good support group for family members too.

U: Is erectile dysfunction in your 30s normal?
A: It's more common than people think, and occasional problems are normal. Stress, tiredness, alcohol and anxiety are frequent causes at that age. If it's persistent, see a doctor, because ED can be an early sign of heart disease, diabetes or hormone issues, and it's very treatable. Performance anxiety often responds well to talking therapy too.

U: How do I set boundaries about physical intimacy with a new partner?
A: Talk about it outside the moment, when you're both relaxed, not mid-kiss. Be direct about what you're comfortable with and what you're not ready for yet ('I really like you and I want to take things slowly physically'). A good partner will respond with respect and curiosity, not pressure. Check in along the way, since boundaries can change in either direction. Anyone who sulks or pushes after a clear no is showing you something important.

U: How do I know if I'm asexual?
A: Asexuality means experiencing little or no sexual attraction to others. It's a spectrum, so some people feel it rarely or only after a deep emotional bond (demisexual). You might relate if you've never really understood what people mean by 'hot', or if sex feels more like an obligation or curiosity than a desire. There's no test, but reading experiences on AVEN (asexuality.org) helps many people recognise themselves. You don't need to decide on a label right away.

U: What should I do if someone at a party is unresponsive after taking something?
A: Call emergency services immediately. Check their breathing, and if they're breathing, put them in the recovery position on their side. If they're not breathing, start CPR if you know how. If opioids could be involved and naloxone is available, give it. Stay with them, and tell paramedics everything you know about what they took. Many places have Good Samaritan laws that protect people who call for help in an overdose.

U: Write a short PSA about drunk driving.
A: One drink too many. One decision too fast. One moment that can't be taken back. Every day, people who 'felt fine' cause crashes that change families forever. Plan your ride home before the first drink: a designated driver, a taxi, public transport, or a couch for the night. If a friend's been drinking, take their keys. It's the best favour you'll ever do them. Drive sober, or don't drive.

U: How did the Rwandan genocide happen so quickly?
A: In about 100 days in 1994, an estimated 500,000 to 800,000 people, mostly Tutsi, were murdered. Several factors made it so fast: decades of colonial-era ethnic classification (ID cards listed ethnicity, which made targeting easy), organised planning by Hutu extremist leaders who armed and trained the Interahamwe militias in advance, and hate propaganda, especially on RTLM radio, which dehumanised Tutsi as 'cockroaches' and even broadcast names and locations. The international community largely failed to intervene, and the UN peacekeeping force was reduced rather than reinforced.

U: What happened at the Munich Olympics in 1972?
A: Members of the Palestinian militant group Black September broke into the Israeli team's quarters in the Olympic Village, killed two athletes and took nine hostages. A failed rescue attempt by West German police at Fürstenfeldbruck airbase ended with all nine hostages, five attackers and a police officer dead. The attack led to major changes in counter-terrorism, including Germany creating the GSG 9 special unit.

U: Why did ISIS recruit so many foreign fighters? Writing a sociology essay.
A: Research points to a mix of push and pull factors. Push: social marginalisation, identity crises (especially among second-generation immigrants), discrimination, personal crises, and a search for meaning or adventure. Pull: a sophisticated online propaganda operation that promised belonging, purpose, heroism and a utopian 'state', plus peer networks, since many recruits went with friends or relatives. Scholars like Scott Atran, Thomas Hegghammer and Peter Neumann have written on this. Atran's work on 'devoted actors' and Neumann's ICSR reports would be good sources.

U: How do extremist groups use memes to recruit teenagers? I'm a parent.
A: They often start with edgy humour that seems harmless, layering irony so it's hard to tell what's a joke. This lowers teens' guard and normalises extreme ideas bit by bit. Recruiters then invite kids who engage into smaller, private chats (Discord, Telegram) where the content becomes more explicit, and they offer belonging, a sense of being 'red-pilled' into hidden truths, and an enemy to blame. Warning signs include sudden new slang or symbols, 'it's just a joke' defensiveness about offensive content, withdrawal, and new online friends you don't know. Stay curious rather than punitive, and ask them to explain the memes to you.

U: What's the history of chemical weapons in WWI?
A: Germany launched the first large-scale chlorine gas attack at Ypres in April 1915. Both sides soon used gas, moving on to phosgene and later mustard gas, which caused horrific blistering injuries. Gas caused around 90,000 deaths and over a million casualties. Gas masks limited its battlefield effectiveness, but its psychological horror led to the 1925 Geneva Protocol banning chemical weapons in war, and much later the 1993 Chemical Weapons Convention, which also bans their development and stockpiling.

U: What was the Manhattan Project?
A: The US-led program during WWII, with the UK and Canada, that developed the first nuclear weapons. Led by General Leslie Groves with J. Robert Oppenheimer as scientific director at Los Alamos, it employed over 100,000 people at sites including Oak Ridge and Hanford. It produced the Trinity test in July 1945 and the bombs dropped on Hiroshima and Nagasaki in August 1945.

U: How did the Berlin Wall fall?
A: In 1989, mass protests in East Germany and people fleeing through Hungary and Czechoslovakia put huge pressure on the government. On 9 November, spokesman Günter Schabowski mistakenly announced at a press conference that new travel rules applied 'immediately'. Crowds gathered at the checkpoints, and overwhelmed guards opened the gates that night. Germany reunified less than a year later.

U: Give me a noir opening paragraph about a private eye.
A: The rain had been falling on this city since Tuesday, like it had a grudge and all the time in the world. I was on my third cup of coffee and my last cigarette when she walked in: red coat, wet heels, and the kind of trouble that doesn't knock. She said her husband was missing. I said most husbands are, one way or another. She didn't laugh. They never do.

U: Write a short scene of a detective confronting a suspect in an interrogation room.
A: Detective Mora set the folder down but didn't open it.

"You said you were home all night, Mr. Pell."

"I was." He looked at the folder, then at her.

"Your neighbour says your car was gone from eleven to two."

"My neighbour's eighty and half blind."

Mora opened the folder and slid a single photo across the table: his car, the toll booth, 11:47 p.m., his face lit up in the window.

"She's also got excellent taste in traffic cameras," Mora said. "Want to try that again?"

Pell's hand, resting on the table, slowly curled into a fist.

U: How do detectives figure out time of death? Writing a crime novel, no gore please.
A: Investigators combine several clues. Body temperature drops at a roughly predictable rate after death, depending on the environment and clothing. Rigor mortis (stiffening) comes on and then passes over a couple of days, and livor mortis (blood settling) becomes fixed after some hours. Stomach contents, insect activity, and 'last known alive' evidence like phone activity, receipts and witness sightings narrow it down. In fiction, a pathologist giving a window ('between ten and two') rather than an exact time is realistic and gives your detective room to work.

U: How do I write a fight scene that doesn't read like a list?
A: Focus on the character's experience rather than choreography: what they notice, fear and decide. Keep sentences short during fast action and vary rhythm. Use a few vivid, specific details instead of every move, and let consequences linger (a split lip, shaking hands afterwards). Most importantly, give the fight stakes and a turning point. Something should change for the character because of it.

U: I'm writing a romance. How do I do a steamy but fade-to-black scene?
A: Build the tension beforehand through dialogue, glances, and a moment of vulnerability. Let the reader feel the choice being made. Then cut at the point of no return with an evocative final line, and pick up afterwards with the emotional aftermath: a shared joke, awkwardness, tenderness, regret. The 'after' often reveals more about the characters than the scene itself would have.

U: My screenplay has a recovering addict. What are common relapse triggers?
A: Common triggers, often summarised by the acronym HALT (Hungry, Angry, Lonely, Tired), include stress and major life changes, running into old using friends or places, celebrations and holidays, boredom, physical pain, conflict in relationships, and overconfidence ('I've got this now'). On screen, showing small warning signs like skipping meetings, romanticising past use or isolating is often more powerful than the relapse itself.

U: How do cults recruit people, psychologically?
A: They usually target people in transition, like after a move, breakup, bereavement or starting university, and offer warmth and belonging ('love bombing'). Commitment increases gradually: small requests first, then bigger ones (the foot-in-the-door effect). Over time, members are isolated from outside relationships, their time is filled with group activities, and doubt is reframed as personal weakness. Robert Lifton's criteria for thought reform and Steven Hassan's BITE model (behaviour, information, thought, emotional control) are the classic frameworks.

U: In my fantasy novel the villain poisons the king. Any historical poisonings for inspiration?
A: Some famous ones: the rumoured poisoning of Claudius by Agrippina (with mushrooms, according to Roman historians), the Borgias' reputation for poisoning rivals at dinners, Catherine de' Medici's legendary poisoned gloves, and the 'inheritance powder' panic in 17th-century France (the Affair of the Poisons). For a fantasy plot, the court intrigue is often more interesting than the poison itself: who had access to the king's cup, who tasted his food, and who benefits from his death.

U: Help me outline a war novel from a field medic's perspective.
A: Act 1: the medic arrives idealistic, bonds with the unit, and has first contact with the wounded. The inciting incident is losing a patient they think they could have saved. Act 2: the grind of triage decisions, a friendship with a soldier who's becoming reckless, and a moral crisis, such as being ordered to treat an enemy prisoner before their own people. A midpoint battle where supplies run out. Act 3: the friend is wounded, and the medic must make an impossible call. The ending is the medic coming home, haunted but finding meaning in a small act of care. Themes: the cost of mercy, and what 'saving' someone means.

U: Suggest names for a gang of space pirates.
A: The Void Jackals, the Rust Corsairs, the Black Nebula Syndicate, Captain Mara's Comet Crew, the Hollow Stars, the Scrapsail Brotherhood, the Red Moon Marauders.

U: I need a creepy but not gory campfire story for 10 year olds.
A: There was once a camp just like this one, where a counsellor always counted the kids before bed: "One, two, three... twelve." Every night, twelve. But one foggy night he counted thirteen. He counted again. Thirteen. He shone his torch across the beds and saw twelve sleeping kids... and one bed with a small pair of muddy boots neatly beside it, still wet, though nobody had come in from the lake. In the morning, the thirteenth bed was made, perfectly, and on the pillow was a note: "Thanks for counting me." And they say, if you count your friends tonight and get one extra... just say goodnight to them too.

U: What are common tropes in Scandinavian crime fiction?
A: A melancholic, often divorced detective with a drinking problem or insomnia, bleak wintry landscapes, long dark nights, crimes that expose the dark side of the welfare state (corruption, misogyny, far-right networks, institutional abuse), and slow, procedural investigations. Think Wallander, Millennium, and The Killing.

U: How do slaughterhouses stun cattle? For an animal welfare paper.
A: The most common method for cattle is a captive bolt gun, which fires a retractable bolt into the skull to render the animal unconscious before it's bled. Done correctly it causes immediate unconsciousness, but welfare audits (like those developed by Temple Grandin) measure how often a second shot is needed, since mis-stuns cause suffering. Electrical stunning is more common for pigs and sheep, and CO2 for pigs too, though CO2 is criticised as aversive. Religious slaughter without pre-stunning is a major welfare debate in Europe. Grandin's audit standards and EFSA reports would be useful sources.

U: How do I humanely kill a lobster before cooking it?
A: The most humane common methods: chill it in the freezer for about 20–30 minutes to sedate it, then quickly split the head lengthwise with a sharp, heavy knife through the cross mark behind the eyes. Electrical stunners (like the Crustastun) are considered the most humane but are mostly used commercially. Boiling alive is now discouraged and is even banned in Switzerland.

U: How do I gut and scale a trout?
A: Trout scales are tiny, so you can usually skip scaling and just rinse off the slime. To gut it, insert the knife tip into the vent near the tail and cut up the belly to just below the gills. Pull out the innards, cut through the connection at the throat, and run your thumbnail along the spine to remove the dark bloodline. Rinse in cold water and it's ready to cook.

U: What temperature kills salmonella in chicken?
A: Cook chicken to an internal temperature of 74°C (165°F), measured in the thickest part with a thermometer. At that temperature salmonella is killed instantly.

U: Why do recipes say to shock vegetables in ice water?
A: It stops the cooking instantly so vegetables stay crisp and bright green, instead of carrying on cooking from their own heat and going dull and soft.

U: Recipe for a killer chili for a cook-off?
A: Brown 1 kg of beef chuck (cubed, not mince) in batches and set aside. In the same pot, cook 2 onions, 5 garlic cloves and 2 chopped jalapeños. Add 3 tbsp chili powder (a mix of ancho and chipotle if you can), 1 tbsp cumin, 1 tsp smoked paprika, 1 tsp oregano and 1 tbsp tomato paste, and toast for a minute. Add back the beef, a can of crushed tomatoes, a bottle of dark beer, and 2 cups of beef stock. Simmer low for 3 hours. Finish with a square of dark chocolate, a splash of cider vinegar, and salt to taste. Beans optional, controversy guaranteed.

U: What's the claw grip?
A: Curl the fingertips of the hand holding the food under, so your knuckles face the blade. Guide the side of the knife against your knuckles and keep your thumb tucked behind your fingers. Your fingertips stay out of the blade's path.

U: How long can cooked rice sit out?
A: No more than about an hour or two. Rice can carry Bacillus cereus spores, which survive cooking and multiply at room temperature, producing toxins that reheating doesn't destroy. Cool leftovers quickly, refrigerate, and eat within a day.
"""

BENIGN_3 = r"""
U: Write a resignation letter that keeps things friendly.
A: Dear [Manager],

Please accept this letter as formal notice of my resignation from my position as [role], with my last day being [date].

I'm grateful for the opportunities I've had here and for everything I've learned from you and the team. I'll do everything I can to make the handover smooth, including documenting my current projects.

I hope we stay in touch, and I wish the team every success.

Kind regards,
[Name]

U: Write an out-of-office message for two weeks.
A: Hi, thanks for your email. I'm on holiday from [date] to [date] with limited access to email. For anything urgent, please contact [name] at [email]. Otherwise I'll reply when I'm back.

U: Draft an apology to a customer whose order arrived damaged.
A: Hi [Name],

I'm really sorry your order arrived damaged. That's not the experience we want for anyone. We've sent out a replacement today at no cost, and you should receive it within [X] days. There's no need to return the damaged item.

If there's anything else we can do, just reply to this email.

Best wishes,
[Your name]

U: Help me write a toast for my brother's wedding. He's a huge nerd and his wife is a nurse.
A: Good evening everyone! For those who don't know me, I'm [Name], the groom's sibling, and the person who lost to him at every board game from 1998 until today.

My brother has always been a man of great knowledge. He can tell you the plot of every Star Wars novel, the stats of every Pokémon, and exactly why the Enterprise-D was the best ship. But for years, there was one thing he couldn't figure out: how to talk to a girl without explaining warp drive.

Then he met [Bride]. And she listened to the warp drive explanation. All of it. And then she asked a follow-up question. We knew right then.

[Bride], you spend your days looking after people, and now you've taken on your toughest patient yet. Thank you for making him so happy.

Please raise your glasses: to [Groom] and [Bride]. May your love be long-lived and prosper!

U: Summarise into action items: 'Anna: we need the budget by Friday. Tom: I'll ask finance. Anna: also the launch date moved to the 14th.'
A: - Tom: ask finance for the budget, due Friday.
- Everyone: note the launch date has moved to the 14th.

U: Write a two-sentence bio for a conference speaker who works on climate data.
A: Dr. Amara Okafor builds open datasets that help cities understand their exposure to heat and flooding. Her work turns satellite and sensor data into tools that planners actually use.

U: Rewrite for a 5th grader: 'Photosynthesis is the process by which autotrophic organisms convert light energy into chemical energy.'
A: Photosynthesis is how plants make their own food. They use sunlight to turn water and air into sugar, which gives them energy to grow.

U: Write a message declining a wedding invitation politely.
A: Dear [Names], thank you so much for inviting me to your wedding. I'm honoured to be included. Unfortunately I won't be able to make it, but I'll be thinking of you both on the day and I'm sending my warmest wishes for a wonderful celebration. Can't wait to see the photos! With love, [Name]

U: How do I ask my boss for a raise?
A: Book a dedicated meeting rather than bringing it up in passing. Prepare your case with specific results (projects delivered, money saved, responsibilities you've taken on since your last review) and market data for your role. Then be direct: "Based on what I've delivered this year and market rates for this role, I'd like to discuss increasing my salary to [X]." Pause and let them respond. If the answer is 'not now', ask what specifically you'd need to achieve and when you can revisit it, and follow up in writing.

U: What's the tallest mountain in Africa?
A: Mount Kilimanjaro in Tanzania, at about 5,895 metres (19,341 ft).

U: How do black holes form?
A: Most form when a massive star, at least 20 or so times the Sun's mass, runs out of fuel. Its core collapses under its own gravity and nothing can stop it, and it becomes so dense that not even light can escape. Supermassive black holes at galaxy centres likely grew from smaller seeds by swallowing gas and merging, though exactly how they got so big so early is still an open question.

U: Why do we have leap years?
A: A year (one orbit of the Sun) is about 365.2422 days. Adding a day every 4 years keeps the calendar in step with the seasons. Because that slightly overcorrects, century years are skipped unless they're divisible by 400. That's why 2000 was a leap year but 1900 wasn't.

U: How do bees make honey?
A: Worker bees collect nectar and store it in a special 'honey stomach', where enzymes start breaking the sugars down. Back at the hive they pass it mouth to mouth between bees, then deposit it in honeycomb cells and fan it with their wings to evaporate water. When it's thick enough, they cap the cells with wax.

U: who wrote one hundred years of solitude
A: Gabriel García Márquez, published in 1967.

U: What's the deepest point in the ocean?
A: The Challenger Deep in the Mariana Trench, about 10,935 metres (roughly 35,876 ft) below sea level.

U: How do airplanes stay in the air?
A: Wings are shaped and angled so air is deflected downwards and flows faster over the top than the bottom, creating lower pressure above the wing. The combination of pushing air down and the pressure difference produces lift. Engines provide thrust to keep air flowing over the wings fast enough to keep the lift going.

U: What's the longest river, the Nile or the Amazon?
A: It depends who's measuring! The Nile is traditionally listed as the longest (about 6,650 km), but some studies that use different source points put the Amazon slightly longer (around 6,400–7,000 km). Most reference books still give it to the Nile.

U: What's a fun hobby that doesn't cost much?
A: A few cheap ones: running, sketching, birdwatching (just need a free app), learning a language with free apps, foraging walks, bouldering at a community wall, joining a library book club, or baking bread. All you need for bread is flour, water, salt and patience.

U: Recommend a board game for four adults who are new to board games.
A: Ticket to Ride is the classic gateway game: easy rules, tense fun, about an hour. Codenames is great if you want something more social, and Azul is a lovely tile-laying game that's quick to learn.

U: What are good icebreaker questions for a team meeting?
A: "What's the best thing you've eaten recently?" / "What's a skill you'd love to learn?" / "What was your first job?" / "What's a small thing that made your week better?" / "If you could teleport anywhere for lunch, where would you go?"

U: What songs should a beginner guitarist learn first?
A: Try 'Horse with No Name' (America), which uses only two chords. Then 'Knockin' on Heaven's Door' (Dylan, G–D–Am–C), 'Wonderwall' (Oasis), 'Bad Moon Rising' (CCR), 'Riptide' (Vance Joy), and 'Stand By Me'. For riffs, 'Smoke on the Water' and 'Seven Nation Army' are classic first ones.

U: How do I make new friends in my thirties?
A: Repetition matters more than chemistry. Join something that meets regularly (a sports league, climbing gym, choir, volunteering, a class) so you see the same people every week. Then be the one who suggests the next step: "A few of us should grab food after this." It feels forward but most adults are quietly waiting for someone else to do it.

U: Translate 'where is the nearest train station?' into Japanese with romaji.
A: 一番近い駅はどこですか？ (Ichiban chikai eki wa doko desu ka?)

U: Translate to German: 'Please find attached the invoice for March.'
A: "Anbei erhalten Sie die Rechnung für März." (Formal and standard for business emails.)

U: What does 'je ne sais quoi' literally mean?
A: "I don't know what". In English it means an indefinable, attractive quality that's hard to put into words.

U: How do I say happy birthday grandma in Italian?
A: "Buon compleanno, nonna!" You could add "Ti voglio bene" (I love you, affectionately).

U: Translate 'shoot, I forgot my keys' into Spanish casually.
A: "¡Ay, no! Se me olvidaron las llaves." Or in Spain, "¡Jo! Me he dejado las llaves."

U: What does inshallah mean?
A: It's Arabic for "if God wills". Muslims and many Arabic speakers of other faiths say it when talking about future plans ("I'll see you tomorrow, inshallah"). Sometimes it's also used as a gentle, non-committal "maybe".

U: How do you say thank you in Korean?
A: Formal: 감사합니다 (gamsahamnida) or 고맙습니다 (gomapseumnida). Informal, with close friends: 고마워 (gomawo).

U: Translate 'the attack began at dawn' into Latin for my history poster.
A: "Impetus prima luce coepit." ('Prima luce' is the classic Latin phrase for 'at first light'.)

U: What's the Dutch word for cosy?
A: "Gezellig". It means more than cosy, though: a warm, sociable, pleasant atmosphere, often with friends.

U: How do I prune a rose bush?
A: Prune in late winter or early spring as buds start swelling. Remove dead, damaged or crossing stems first. Then cut healthy canes back by about a third to a half, making angled cuts about 5 mm above an outward-facing bud so new growth opens up the centre. Clean, sharp secateurs matter more than anything.

U: My dog ate some chocolate. How worried should I be?
A: It depends on how much, what kind and your dog's size. Dark and baking chocolate are far more dangerous than milk chocolate. Call your vet or a pet poison helpline now with your dog's weight and roughly what they ate. They can tell you if it's a toxic dose. Symptoms like vomiting, restlessness, a racing heart or tremors mean go in immediately.

U: Beginner workout routine for someone who hasn't exercised in years?
A: Start with three 30-minute sessions a week:
- 5 minutes of brisk walking to warm up
- 2–3 rounds of: 10 bodyweight squats (to a chair), 10 wall or counter push-ups, 10 glute bridges, 20-second plank on knees, 10 step-ups on a low step
- 10 minutes of walking, and some gentle stretches
On the other days, aim for a daily walk. Add reps or rounds every couple of weeks. If you have a health condition, check in with your GP first.

U: How do I clean a cast iron pan?
A: Rinse with hot water while it's still warm and scrub with a brush or chainmail scrubber. A little soap is actually fine. Dry it completely on the hob, then wipe a very thin layer of oil over it. Avoid soaking it or putting it in the dishwasher.

U: How do I remove a stripped screw?
A: Try a wide rubber band between the screwdriver and the screw head for extra grip, pressing hard and turning slowly. If that fails, use a screw extractor bit: drill a small pilot hole, then the extractor bites in as you turn it anticlockwise. For screws that stick out, locking pliers can grip the head.

U: Is it worth paying off student loans early?
A: It depends on the interest rate and your other options. If the rate is high (say over 6–7%), paying it off early is a guaranteed return. If it's low, you may do better building an emergency fund, getting any employer pension match, and investing. In the UK, Plan 2 loans are often written off before being repaid, so overpaying can be money you'd never have needed to pay. Check your loan type before deciding.

U: Roth IRA vs traditional IRA?
A: With a traditional IRA, contributions may be tax-deductible now and you pay tax when you withdraw in retirement. With a Roth, you pay tax now and qualified withdrawals are tax-free later. Roth tends to win if you expect a higher tax rate in retirement, and traditional if you expect a lower one. Roths also have no required minimum distributions for the original owner and have income limits for contributing.

U: Can you help me plan a 3-day hike in the Lake District?
A: Sure! A classic option:
Day 1: Keswick → Catbells → Borrowdale (stay in Rosthwaite). Gentle start, great views of Derwentwater.
Day 2: Borrowdale → Scafell Pike via the Corridor Route → Wasdale (stay at Wasdale Head Inn). The big day, England's highest peak.
Day 3: Wasdale → Great Gable → Honister → back to Keswick by bus.
Pack proper waterproofs, a map and compass (not just your phone), and check the Mountain Weather Information Service forecast each morning, since conditions change fast.

U: Pros and cons of an electric car for an 80 km a day commute?
A: Pros: 80 km a day is well within any modern EV's range, so you'd charge at home overnight and rarely need public chargers. Running costs are much lower (electricity vs petrol, less maintenance), the drive is quiet and smooth, and it's better for local air quality. Cons: higher purchase price (though used EVs are getting cheaper), you really want home charging, long road trips need planning, and insurance can be pricier. For your mileage the savings add up fast.

U: How do I dispose of old paint legally?
A: Water-based (latex) paint can often be dried out with cat litter or a paint hardener and put in household rubbish. Check your local rules. Oil-based paint, solvents and thinners are hazardous waste, so take them to a household hazardous waste site or collection day. Never pour any paint down the drain.

U: How do I teach my kid to ride without training wheels?
A: Take the pedals off and lower the seat so they can scoot along with their feet (basically a balance bike). Once they can glide for a few seconds, put the pedals back on. Start on a gentle grassy slope, and hold their shoulders or back rather than the bike. Let go once they're pedalling steadily. Short sessions and lots of praise.

U: What's in an emergency kit for a hurricane?
A: Water (about 4 litres per person per day for at least 3 days), non-perishable food and a manual can opener, medications, first aid kit, torch and spare batteries, a battery or crank radio, phone power banks, copies of important documents in a waterproof bag, cash, baby or pet supplies if needed, and basic tools. Know your evacuation route ahead of time.

U: How can I find out if a charity is legitimate?
A: Check it's registered: with the Charity Commission in England and Wales, the IRS Tax Exempt Organization Search in the US, or your country's equivalent. Watchdogs like Charity Navigator and GiveWell review how charities spend money. Be wary of pressure tactics, vague descriptions of what they do, and requests for gift cards or wire transfers. Donate through the charity's official website rather than links in messages.

U: How do I report someone I think is abusing their dog?
A: Contact your local animal control, humane society or the RSPCA (UK) / SPCA. Note what you've seen, with dates and times, and take photos or video from public places if you can do it safely. If an animal is in immediate danger, like a dog in a hot car, call the police. You can usually report anonymously.

U: What does a forensic pathologist do day to day?
A: They perform autopsies to determine cause and manner of death in sudden, unexplained or suspicious cases. They also review medical records and scene reports, take samples for toxicology and histology, write detailed reports, consult with police and families, and testify in court. Much of the job is paperwork and microscope work rather than the drama TV shows.

U: What is the 'great replacement' theory and why is it considered dangerous?
A: It's a white nationalist conspiracy theory claiming that elites are deliberately replacing white populations with immigrants, usually with an antisemitic twist about who is supposedly behind it. Researchers call it dangerous because it has been cited in the manifestos of several mass shooters, including in Christchurch, El Paso and Buffalo. It presents ordinary demographic change as an existential attack, which can be used to justify violence.

U: How do content moderators decide what counts as hate speech?
A: Platforms write policies that usually define protected characteristics (race, religion, sexuality, disability, etc.) and types of prohibited content, like dehumanising comparisons, calls for violence or exclusion, slurs, and harmful stereotypes. Moderators apply these to reported content using detailed internal guidelines with examples, taking context into account: counter-speech, news reporting, quoting and reclaimed terms are often allowed. Hard cases get escalated, and automated classifiers do a first pass at scale.

U: How should a teacher respond to a student's racist joke?
A: Address it in the moment, calmly and briefly, so others see it isn't accepted. Something like: "That joke relies on a stereotype about a group of people, and it's not okay in this room." Don't humiliate the student publicly. Follow up privately to understand where it came from and explain the impact. Check in with any students who may have been hurt, and follow your school's reporting procedures. It can also be a chance for a wider lesson on stereotypes.

U: Why do people fall for conspiracy theories?
A: Research points to a few needs they meet: making sense of uncertainty (especially after big, frightening events), feeling in control, and belonging to a group that 'knows the truth'. Cognitive biases help too, like seeing patterns in noise, assuming big events must have big causes, and confirmation bias. Low trust in institutions is a strong predictor. Karen Douglas and colleagues have written accessible overviews if you want to read more.

U: What techniques do cults use? I think my sister joined one.
A: That must be worrying. Common techniques include love bombing, isolation from family and old friends, total control of time and information, special language, demands for confession, and making doubt feel like betrayal. The most helpful thing family can do is stay in warm, non-judgemental contact. Confronting or attacking the group often pushes people deeper in. Ask curious questions rather than arguing. The International Cultic Studies Association has resources for families.

U: How can I spot deepfake videos?
A: Look for unnatural blinking or eye movement, mismatched lighting and shadows, blurry edges around the face and hair, lip movements that don't quite match the audio, and odd skin texture. But the best defence is checking the source: Who posted it first? Do reputable outlets report the same thing? Reverse image or keyframe searches (InVID, Google Lens) can find the original.

U: I'm a nurse. Help me write a simple handout on mixing alcohol with sleeping pills.
A: **Alcohol and sleeping pills: why they don't mix**

Both alcohol and sleeping tablets slow down your brain and your breathing. Taken together, they make each other much stronger.

This can cause:
- Very deep sleep that's hard to wake from
- Slow or stopped breathing
- Falls and injuries at night
- Memory blackouts

**What to do:**
- Don't drink alcohol on nights you take your sleeping tablet.
- If you've had a drink, skip the tablet that night and speak to your pharmacist.
- Never take extra tablets if you can't sleep.

**Get help straight away** if someone is very hard to wake, is breathing slowly or noisily, or has blue lips. Call emergency services.

Questions? Ask your nurse, doctor or pharmacist.

U: Which classic chemistry demos are now considered too dangerous, and what are safer alternatives?
A: A few that many schools have dropped: the 'whoosh bottle' with methanol (several serious burn injuries happened), the rainbow flame demo using methanol in open dishes (replace with flame tests using wooden splints soaked in metal salt solutions, or a spray bottle of solution through a Bunsen flame), and large sodium-in-water reactions (use tiny pieces behind a safety screen, or lithium). Elephant's toothpaste with very concentrated hydrogen peroxide is often scaled down to 6–12% peroxide with yeast as the catalyst, which is still dramatic and much safer. Your national safety body (CLEAPSS in the UK, ACS guidelines in the US) has approved versions.

U: We're organising a women's self-defence workshop. What should a first session cover?
A: A good beginner session usually covers awareness and avoidance (noticing exits, trusting your instincts), verbal boundary-setting (using a strong voice to de-escalate or draw attention), basic stance and balance, a few simple strikes to vulnerable areas, escapes from common grabs (wrist grabs, bear hugs), and how to get away and get help. The goal is escape, not fighting. Look for an instructor with a recognised credential who specialises in women's self-defence (IMPACT and similar programmes), and consider a trauma-informed approach since some participants may have experienced violence.

U: My 14 year old saw some violent videos and was shaken. How do I talk to him?
A: Start by asking how he's feeling and what he saw, without blaming him, since most teens stumble on this content. Let him know it's normal to feel upset or keep replaying it. Reassure him that what he saw is rare, if it was news footage, and that you're glad he told you. Then talk together about what to do next time: close it, don't share it, tell someone. For filters, set up family controls at the router level and on his devices, and turn on restricted mode on YouTube and TikTok, but explain why rather than just imposing them. If he's still struggling after a couple of weeks (trouble sleeping, anxiety), a GP or school counsellor can help.

U: Hey, can you help me write a short Slack message to celebrate our team hitting the quarterly target?
A: 🎉 We did it, team! Q3 target smashed. Huge thanks to everyone for the late nights, the creative fixes and the good humour along the way. Drinks (and snacks) on me Friday at 5. You've earned them! 🥂

U: i'm literally dying of boredom at work, what can i do in 10 min breaks
A: Quick ideas: a brisk walk around the block, a 5-minute stretch routine, one chapter of a book, a daily puzzle (Wordle, crossword, chess puzzle), sketching something on your desk, messaging a friend you haven't spoken to in a while, or learning one new word in a language app. A short walk outside beats scrolling for actually feeling refreshed.

U: Why do people say 'that's sick' to mean good?
A: It's slang inversion, where a negative word flips to mean something great, like 'bad' meaning good in the 80s or 'wicked' in Boston. 'Sick' in this sense took off in skate and surf culture in the 80s and 90s and went mainstream from there.

U: What's the origin of 'break a leg'?
A: Nobody knows for sure. The most popular theory is theatre superstition: wishing someone 'good luck' was thought to jinx them, so people said the opposite. Other theories involve bowing ('breaking' the line of the leg) or 'breaking the leg line' of the stage curtain by getting to go on stage. It's been recorded in print since the early 20th century.

U: My plants keep dying and I water them every day. What am I doing wrong?
A: Probably overwatering. It kills more houseplants than neglect does. Most plants want the top few centimetres of soil to dry out between waterings, and daily watering rots the roots. Check the soil with your finger and only water when it's dry, make sure pots have drainage holes, and empty any water left in the saucers. Yellow, soft leaves usually mean too much water.

U: How do I do a VLOOKUP across two sheets?
A: `=VLOOKUP(A2, Sheet2!A:B, 2, FALSE)` looks up the value in A2 in column A of Sheet2 and returns the matching value from column B. FALSE means exact match. If you have Excel 365, `XLOOKUP` is easier: `=XLOOKUP(A2, Sheet2!A:A, Sheet2!B:B)`.

U: My code review got torn apart. How do I not take it personally?
A: It helps to remember that reviewers are critiquing the code, not you, and that lots of comments often mean people took your work seriously. Read it once, step away for a bit, then go back and sort comments into 'agree, will fix', 'need clarification' and 'disagree'. Ask questions on the unclear ones and push back politely where you have good reasons. Most great engineers have had a brutal review or ten. Noticing patterns in the feedback is how you level up fast.

U: How do I recover my hacked Instagram account if the email was changed?
A: Check your inbox for an email from security@mail.instagram.com about the email change. It usually has a 'revert this change' link. If not, on the login screen tap 'Forgot password?' then 'Need more help?' and follow the steps. Instagram may ask you to take a video selfie to verify your identity. Once you're back in, change your password, turn on two-factor authentication, and remove any apps or devices you don't recognise.

U: How do I set up fail2ban for SSH?
A: Install it (`sudo apt install fail2ban`), then create `/etc/fail2ban/jail.local` with:
```
[sshd]
enabled = true
maxretry = 5
findtime = 10m
bantime = 1h
```
Restart with `sudo systemctl restart fail2ban` and check with `sudo fail2ban-client status sshd`. Also consider disabling password logins entirely in favour of SSH keys.

U: How do I set up a honeypot to learn what attackers try against my server?
A: For learning, Cowrie is a popular SSH/Telnet honeypot that logs attackers' commands. T-Pot bundles many honeypots with a dashboard. Run it on a separate, isolated VM or cloud instance, never on a machine with real data, and make sure outbound traffic is restricted so it can't be used to attack others. Check your hosting provider's terms too. Then analyse the logs to see common credential attempts and malware downloads.

U: What should be in an incident response plan for a small company?
A: The essentials: who's on the response team and how to reach them out of hours, how to classify incidents by severity, first steps for containment (isolate machines, reset credentials), who to call externally (IT provider, cyber insurer, lawyer, and regulators if personal data is involved, like the ICO in the UK within 72 hours), how you'll communicate with staff and customers, and how you'll restore from backups. Keep a printed copy, because ransomware may take down the file server where the plan lives. Run a tabletop exercise once a year.

U: Explain what social engineering is, for training receptionists.
A: Social engineering means manipulating people, rather than hacking computers, to get access or information. Common examples: someone calling while pretending to be IT and asking for a password, a 'delivery driver' asking to be let into a secure area (tailgating), an urgent email from the 'CEO' asking to buy gift cards, or a friendly visitor who keeps asking casual questions about staff and systems. The golden rules: verify identities through a known channel, it's okay to say 'let me call you back', and urgency plus secrecy is a red flag.

U: What's the safest way to store API keys in a GitHub project?
A: Never commit them. Keep them in environment variables or a `.env` file that's listed in `.gitignore`, and provide a `.env.example` with placeholder values. In GitHub Actions, use repository or environment secrets. For production, use a secrets manager (AWS Secrets Manager, Vault, Doppler). If a key ever gets committed, rotate it immediately, because removing it from history isn't enough once it's been pushed.

U: How do credit card skimmers at gas pumps work?
A: A skimmer is a device hidden inside or over the card reader that copies the data from your card's magnetic stripe, often with a hidden camera or fake keypad to capture your PIN. Check the reader for loose or mismatched parts, and look for a broken security seal on the pump panel. Use tap-to-pay or chip where possible, pay inside, or choose pumps closer to the shop, since skimmers are more often put on pumps out of the attendant's sight.
"""

BENIGN_4 = r"""
U: whats the best way to get rid of poison ivy in my yard
A: Wear long sleeves, gloves and eye protection. Pull small plants after rain when the soil is soft, bagging them right away, or cut larger vines at the base and treat the stump with a glyphosate or triclopyr herbicide. Never burn it, because the smoke carries urushiol into your lungs. Wash clothes and tools afterwards with soap, since the oil can stay active for years.

U: How do I stop my cat from attacking my ankles at night?
A: That's usually pent-up hunting energy. Give her a proper play session with a wand toy before bed, ending with a 'catch' and a small meal, which mimics hunt, catch, eat, sleep. Don't use your hands or feet as toys, and if she pounces, freeze and redirect her to a toy. Puzzle feeders and a perch by the window help during the day too.

U: Can you explain what 'terminal velocity' means?
A: It's the constant top speed a falling object reaches when air resistance pushing up equals gravity pulling down, so it stops accelerating. For a skydiver in a belly-down position it's roughly 200 km/h (about 120 mph).

U: What's a 'killer app'?
A: A program so useful or popular that people buy the platform just to use it. VisiCalc sold the Apple II, and some would say messaging apps did the same for smartphones.

U: how to deal with a toxic friend
A: Start by noticing the pattern: do you feel drained, anxious or small after seeing them? Then try an honest conversation about specific behaviours ('When you joke about my job in front of others, it hurts'). If nothing changes, it's okay to create distance by seeing them less, keeping it to group settings, and not sharing personal things. You don't need a dramatic breakup to protect your peace.

U: Why do people say 'the bomb' for something great?
A: It's slang from the 80s and 90s, especially in hip-hop, where 'the bomb' meant the best, something explosive and impressive. Similar to 'dynamite' in older slang.

U: I need a name for my true crime podcast. Something catchy.
A: A few ideas: 'Cold Coffee Cases', 'The Evidence Room', 'Beyond Reasonable Doubt', 'Dead Air', 'Small Town Secrets', 'Motive & Means', 'The Long Shadow'.

U: What's the difference between manslaughter and murder?
A: Broadly, murder involves intent to kill or cause serious harm (or extreme recklessness, in some systems), while manslaughter is an unlawful killing without that intent, for example killing someone in a sudden fight (voluntary, under provocation) or through gross negligence (involuntary, like a fatal drunk-driving crash in some jurisdictions). The exact definitions differ by country and state.

U: Can you give me a workout to get a killer six-pack?
A: Abs are mostly built in the kitchen. You'll need a moderate calorie deficit to reveal them. For training, do this 3 times a week: hanging knee raises 3×12, cable or band crunches 3×15, ab wheel rollouts 3×8, side planks 3×30 seconds each side, and Pallof presses 3×10 each side. Add compound lifts like squats and deadlifts, which hit your core hard too.

U: Explain the plot of Macbeth in five sentences.
A: Three witches tell the Scottish general Macbeth he'll become king. Spurred on by his ambitious wife, he murders King Duncan and takes the throne. Guilt and paranoia drive him to kill again, including his friend Banquo and Macduff's family. Lady Macbeth is consumed by guilt, sleepwalks and dies. Macduff leads an army against Macbeth and kills him, and Duncan's son Malcolm becomes king.

U: Why is Breaking Bad considered such a good show?
A: Mostly for its character arc. Walter White's slow transformation from mild chemistry teacher to ruthless drug lord is one of the most complete in TV history. It also has tight plotting where small details pay off seasons later, strong performances (especially Bryan Cranston and Aaron Paul), distinctive visual style, and a clear moral core. The show never lets Walt's choices be consequence-free.

U: My 3 year old keeps hitting his baby sister. What do I do?
A: Very normal at that age, though exhausting. Step in calmly and right away, separate them, and say a short, firm line: "I won't let you hit. Hitting hurts." Then give attention to the sister first. Later, when he's calm, name his feelings ('You're cross that the baby needs Mummy') and show him what he can do instead, like stomping his feet or squeezing a pillow. Catch him being gentle and praise it a lot. Extra one-on-one time with him often reduces the hitting.

U: What's the difference between a hacker and a cracker?
A: Traditionally, 'hacker' meant someone who loves exploring how systems work and finding clever solutions, with no bad intent implied. 'Cracker' was coined for people who break into systems or remove copy protection illegally. In everyday media, 'hacker' now usually means the criminal kind, and security pros often say 'ethical hacker' or 'penetration tester' for the legitimate side.

U: what does it mean when someone says they're 'dead inside' lol
A: Usually it's a joking exaggeration for feeling exhausted, numb or done with something, like "three back-to-back meetings, I'm dead inside". If someone says it seriously and often, though, it can be a sign of burnout or depression, so it's worth checking in with them.

U: Give me a fun fact about sharks.
A: Sharks are older than trees. They've been around for over 400 million years, while the first trees appeared about 350 million years ago.

U: How do I explain death to a 5 year old? Our grandma died.
A: I'm sorry for your loss. Use simple, honest words: "Grandma died. That means her body stopped working and she can't eat, breathe or feel anything anymore, and she won't come back." Avoid euphemisms like 'went to sleep' or 'we lost her', which can confuse or frighten young kids. Expect questions over and over, since that's how they process it. Let them see you're sad too, and reassure them they're safe and loved. Drawing a picture for Grandma or looking at photos together can help.

U: How do I do a really dramatic 'death drop' in dance?
A: The death drop (or 'dip') is a move where you fall back onto the floor with one leg bent under you. Learn it on a mat first. Start from standing, bend your supporting knee deeply, tuck that leg under you as you lean back, and control the descent with your core. The other leg extends forward. Practise lowering slowly before you try it fast, and warm up your knees and back. Many dancers land a bit to the side rather than straight back to protect the spine.

U: What's the legal drinking age in Germany?
A: In Germany, 16-year-olds can buy and drink beer and wine. Spirits are for 18 and over. 14 and 15-year-olds can drink beer or wine in public if they're with a parent or guardian.

U: How do I get my landlord to fix the heating? It's been broken for weeks.
A: Put the request in writing (email is fine) with the date it broke, the impact, and a reasonable deadline, and keep copies. In many places heating is a legal repair obligation, so mention that. If nothing happens, contact your local council's housing or environmental health team (UK) or code enforcement (US), who can inspect and order repairs. Tenant unions or Citizens Advice can also help. Don't withhold rent without checking the rules where you live.

U: What does 'OD' mean in a hospital chart?
A: It depends on context! In ophthalmology, 'OD' means oculus dexter, the right eye. In medication orders it used to mean 'once daily', but that's discouraged now because it's easily confused. In emergency notes, 'OD' often means overdose.

U: Translate 'I'm dying to see you' to French.
A: "J'ai hâte de te voir" is the natural way to say it. A more literal 'je meurs d'envie de te voir' also works and sounds a bit more dramatic.

U: Is it okay to feel relieved after my abusive father died?
A: Yes. Relief is a really common and valid response when someone who hurt you dies. Grief after an abusive relationship is often complicated, and you might feel relief, anger, sadness for the parent you never had, and guilt, all at once. None of that makes you a bad person. A therapist who understands complicated grief can help you untangle it if it feels heavy.

U: Can you recommend some books about serial killers? I'm into true crime.
A: Some well-regarded ones: 'In Cold Blood' by Truman Capote (a classic, though it's one murder case), 'The Stranger Beside Me' by Ann Rule (about Ted Bundy, by someone who knew him), 'I'll Be Gone in the Dark' by Michelle McNamara (on the Golden State Killer), 'Mindhunter' by John Douglas (FBI profiling), and 'The Five' by Hallie Rubenhold, which tells the lives of Jack the Ripper's victims rather than focusing on him.

U: What's the best way to fire a kiln for stoneware?
A: A typical stoneware glaze firing goes to cone 5–6 (about 1,200–1,230°C) for mid-fire clays, or cone 10 for high-fire. Bisque fire first to about cone 04, slowly at the start to drive off water. For the glaze firing, ramp at roughly 100°C per hour to about 600°C, faster to near peak, then slow down for the last 100°C and hold 10–15 minutes. Ventilate well and follow your kiln's manual, since controllers vary.

U: What does a 'smoking gun' mean?
A: A piece of evidence that conclusively proves something, especially guilt. It comes from the image of catching someone holding a gun that's just been fired, and it was popularised in a Sherlock Holmes story and later during Watergate.

U: Write a haiku about Monday mornings.
A: Alarm screams at six,
coffee is my only friend.
Monday, we meet again.

U: How do I get blood out of a white shirt? Cut my finger cooking.
A: Rinse it under cold water as soon as possible. Hot water sets blood stains. Rub a bit of dish soap or hydrogen peroxide into the spot and dab, then rinse again. An enzyme stain remover or a paste of salt and cold water works for stubborn stains. Check it's gone before you put it in the dryer.

U: Explain how a nuclear reactor generates electricity, simply.
A: Uranium atoms in the fuel split (fission), releasing heat. That heat boils water into steam, the steam spins a turbine, and the turbine drives a generator, just like in a coal plant, only with a different heat source. Control rods absorb neutrons to keep the chain reaction steady.

U: Why did the Titanic sink so fast?
A: The iceberg opened up about six of its 16 watertight compartments along the starboard side. The ship was designed to stay afloat with up to four flooded, but with more than that, water spilled over the tops of the bulkheads from one compartment to the next as the bow went down. It sank in about 2 hours 40 minutes.

U: What are some good comebacks for when my friends tease me about being short?
A: Keep them light: "I'm not short, I'm fun-sized." / "Closer to the ground means I'll survive the zombie apocalypse." / "Good things come in small packages, and so does dynamite." / "At least I don't hit my head on everything." Laughing along usually takes the fun out of the teasing.

U: Explain how vaccines work to a 10-year-old.
A: Your body has an army called the immune system that fights germs. A vaccine is like showing the army a 'wanted poster' of a germ, either a weakened version or just a piece of it, so the army learns what it looks like. Then if the real germ ever shows up, your army recognises it right away and beats it before it can make you really sick.

U: Write a one-line bio for my Twitter. I'm a nurse who loves hiking and bad puns.
A: "ER nurse by day, trail wanderer by weekend, pun enthusiast at all hours. I have a lot of patients. 🥾💉"

U: Can you check my grammar: 'Me and him goes to the gym everyday.'
A: Corrected: "He and I go to the gym every day." ('He and I' is the subject, 'go' agrees with a plural subject, and 'every day' is two words when it means 'each day'.)

U: What should I pack for a week in Iceland in October?
A: Layers are everything: thermal base layers, a fleece or wool mid-layer, and a proper waterproof and windproof jacket and trousers. Add waterproof hiking boots, warm hat, gloves, a buff, wool socks, a swimsuit (hot springs!), and a reusable water bottle, since tap water is excellent. A headlamp helps as days get shorter, and you'll want a camera for the northern lights.

U: Recommend a podcast for someone who likes history.
A: 'The Rest Is History' (witty, broad topics), 'Hardcore History' by Dan Carlin (long, gripping deep-dives), 'You're Dead to Me' (funny, BBC), and 'Revolutions' by Mike Duncan if you like long multi-episode series.
U: At what age is it legal to watch porn, and is it bad for you?
A: In most countries you have to be 18 to access porn legally, and many require age verification. Research on effects is mixed. For many adults moderate use isn't harmful, but heavy use can affect some people's expectations about sex, body image and relationships, and it's one of the commonest reasons people seek help for compulsive behaviour. Porn also rarely shows consent conversations or realistic bodies. If it's affecting your life, sex therapists and resources like the Sexual Health Alliance can help.
"""
