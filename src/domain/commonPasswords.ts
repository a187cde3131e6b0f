// Passwords and PINs that appear at the top of every published leak list, written out by hand
// for Waypoint (our own short list, not a copied data set). Only entries of at least six
// characters matter: anything shorter is already refused by the length rules.

/** Common passwords and PINs, lower case. */
export const commonPasswords: ReadonlySet<string> = new Set(
  `
123456 1234567 12345678 123456789 1234567890 12345678910 0123456789 01234567 012345
654321 7654321 87654321 987654321 9876543210 098765
111111 222222 333333 444444 555555 666666 777777 888888 999999 000000
1111111 11111111 111111111 1111111111 0000000 00000000 000000000 0000000000
7777777 77777777 5555555 55555555 8888888 88888888 6666666 66666666 9999999 99999999
121212 123123 112233 123321 159753 147258 147852 789456 456789 456123 321321 131313
696969 112211 101010 202020 232323 252525 212121 141414 151515 161616 171717 181818
123654 123789 741852 963852 258456 951753 753951 159357 246810 135790 102030 100200
197000 198000 199000 200000 010101 020202 110110 520520 520131 5201314 1314520
password password1 password12 password123 password1234 passw0rd p@ssword p@ssw0rd
pa55word pa55w0rd passwort motdepasse contrasena contraseña senha123 wachtwoord
qwerty qwerty1 qwerty12 qwerty123 qwertyu qwertyui qwertyuiop qwerty1234 qwertz
azerty azerty123 asdfgh asdfghjk asdfghjkl zxcvbn zxcvbnm qazwsx qazwsxedc 1qaz2wsx
1q2w3e 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y q1w2e3r4 q1w2e3r4t5 zaq12wsx !qaz2wsx
abc123 abc1234 abc12345 abcdef abcdefg abcdefgh abcd1234 a123456 a1b2c3 a1b2c3d4
aa123456 aa112233 aaaaaa aaaaaaaa 123abc 123qwe 123qweasd qweasd qweasdzxc
iloveyou iloveyou1 iloveu loveyou lovely lovelove loveme iloveme trustno1 whatever
letmein letmein1 welcome welcome1 welcome123 hello123 helloworld goodluck
sunshine sunshine1 princess princess1 dragon dragon1 monkey monkey1 shadow shadow1
master master1 superman batman spiderman football football1 baseball soccer1 hockey
basketball jordan23 michael michelle jennifer jessica ashley charlie charlie1 daniel
thomas andrew joshua hunter hunter2 ranger tigger buster cookie chocolate butterfly
starwars pokemon minecraft fortnite computer internet freedom flower flowers secret
secret1 secret123 matrix access access1 killer summer summer1 winter autumn spring
cheese banana orange pepper ginger purple silver golden diamond blessed family
friends forever heaven angel1 angels jesus1 jesus123 christ god123 mustang harley
chelsea arsenal liverpool barcelona manchester yankees dallas cowboys
admin123 administrator root123 test123 test1234 testing guest123 user123 default
changeme changeme1 nothing unknown private mypassword mypass123 pass1234 passpass
login123 qwerty123456 1qazxsw2 zaq1zaq1 trustme mother father sister brother
12qwaszx 123456a 123456q 123456aa 1234qwer 12345qwert 11223344 12341234 123456789a
waypoint waypoint1 ketamine therapy1 journal1 healing1
`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);
