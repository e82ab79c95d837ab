#!/usr/bin/env python3
"""Writes the list of common passwords that PasswordPolicy refuses.

Written from general knowledge of what people choose (no list was downloaded): the well-known top
passwords in English and pinyin, then the patterns that lists of leaked passwords are full of:
repeated and running digits, keyboard walks, lucky numbers (8, 6, 520 "I love you", 1314 "for
ever"), years and dates, and words with a year or digits appended. Run it to regenerate
ejb/src/main/resources/org/huzhu/domain/model/user/common-passwords.txt.
"""
import itertools
import pathlib

WORDS = """
password passw0rd p@ssword p@ssw0rd pass passwd admin administrator root toor guest user login welcome
letmein iloveyou loveyou love lover trustno1 whatever secret monkey dragon master shadow sunshine princess
football baseball basketball soccer hockey superman batman michael jordan charlie freedom flower hello
hellokitty helloworld qwerty azerty qwertz abc abcd abcde abcdef abcdefg abcdefgh abcdefghi abc123 abcd1234
a123456 aa123456 a1b2c3 a1b2c3d4 1q2w3e 1q2w3e4r 1q2w3e4r5t 1qaz2wsx 1qazxsw2 zaq12wsx zaq1xsw2 qazwsx
qazwsxedc qweasd qweasdzxc asdfgh asdfghjkl zxcvbn zxcvbnm qwertyuiop 1234qwer qwer1234 asdf1234 zxcv1234
q1w2e3r4 q1w2e3r4t5 mustang access ninja azerty123 starwars pokemon computer internet samsung apple google
iphone android tiger lion panda killer pepper ginger cookie chocolate banana orange summer winter spring
autumn hunter ranger buster thomas robert daniel jessica ashley michelle jennifer andrew joshua matthew
anthony william harley hannah nicole maggie diamond silver golden money forever family friend friends
happy smile angel angels baby babygirl babyboy lovely sweety sweetheart honey cheese justin jesus christ
god blessed heaven matrix maverick phoenix soccer1 liverpool chelsea arsenal barcelona realmadrid
changeme default temp test test123 testing demo sample example system server database oracle mysql
postgres huzhu huzhu-demo union gonghui zhigong huzhu123 huzhu2026
woaini woainia woaini1314 woaiwojia woaiwoma wobuzhidao aini aini1314 nihao nihao123 zhongguo china
beijing shanghai guangzhou shenzhen tianjin chongqing hangzhou nanjing wuhan chengdu xian jiangxi
wangwei zhangwei lilei hanmeimei wang zhang liu chen yang huang zhao zhou xiao laopo laogong baobao
baobei xiaobao xiaoming xiaohong xiaoqiang xiaoyu dandan tingting lili fangfang yangyang jingjing
qq123456 qq5201314 qwe123 qwe123456 asd123 asd123456 zxc123 zxc123456 aaa111 aaa123 abc123456 a12345678
iloveu iloveyou1 loveme lovelove caonima tamade shabi dashabi niubi hao123 baidu taobao weixin wechat
alipay zhifubao jiayou fighting kuaile xingfu pingan shunli fa888 facai fafa888 hongfa 88888888a
yiqiyou yiqiyouni dongdong huanhuan lovezhang lovewang tianshi xiaomi huawei lenovo
""".split()

KEYBOARD_WALKS = """
1234 12345 123456 1234567 12345678 123456789 1234567890 0123456789 01234567 012345 987654321 98765432
9876543210 87654321 7654321 654321 54321 123123 123123123 123321 1234321 12344321 123654 147258 147258369
159357 159753 258369 321654 369258 456123 456789 789456 789456123 741852963 963852741 112233 11223344
111222 112233445566 121212 12121212 131313 123qwe 123qweasd 123qweasdzxc 123abc 123456a 123456aa
123456abc 1234abcd qwe qweqwe qweasd123 asdasd asdasdasd zxczxc 1qa2ws3ed 2wsx3edc 3edc4rfv 4rfv5tgb
1qaz 2wsx 3edc qazxsw wsxedc edcrfv rfvtgb tgbyhn yhnujm ujmik 7ujm8ik9 !qaz2wsx !qaz@wsx 1qaz!qaz
qwertyu qwertyui qwertyuio asdfg asdfghj asdfghjk zxcvb zxcvbnm, poiuytrewq lkjhgfdsa mnbvcxz
ytrewq trewq qwert asdf zxcv aaaaaa abcabc abc123abc aabbcc aabbccdd abab abababab
""".split()

LUCKY = """
520 5201314 521 5211314 1314 1314520 131452 1314521 520520 5205201314 52013145201314 2010520 201314
168 1688 16888 168168 518 518518 888 8888 88888 888888 8888888 88888888 666 6666 66666 666666 6666666
66666666 999 9999 99999 999999 99999999 168168168 6868 686868 8686 868686 1588 158158 147 1472583690
""".split()


def years():
    return [str(y) for y in range(1940, 2041)]


def repeated_digits():
    for digit in "0123456789":
        for length in range(6, 13):
            yield digit * length


def running_digits():
    digits = "01234567890123456789"
    for start in range(10):
        for length in range(6, 11):
            run = digits[start:start + length]
            yield run
            yield run[::-1]


def dates():
    # Every day of a year as MMDD after "love"-type words is too many; birthdays as yyyymmdd are
    # refused per member by PasswordPolicy. Here: the days everyone picks.
    for year in range(1960, 2031):
        for month_day in ("0101", "0214", "0520", "0521", "0808", "1001", "1111", "1224", "1225", "1231"):
            yield f"{year}{month_day}"


def with_suffixes(words):
    suffixes = ["1", "12", "123", "1234", "12345", "123456", "520", "1314", "5201314", "888", "666", "!", "@123",
                "#123", "01", "007", "2008", "2020", "2021", "2022", "2023", "2024", "2025", "2026", "2027"]
    for word in words:
        yield word
        for suffix in suffixes:
            yield word + suffix
        yield word.capitalize() + "1"
        yield word.capitalize() + "123"
        yield word.capitalize() + "@123"
        yield word.capitalize() + "!"


def word_years(words):
    for word, year in itertools.product(words[:80], range(1970, 2031)):
        yield f"{word}{year}"


def main():
    out = []
    out += WORDS + KEYBOARD_WALKS + LUCKY
    out += years()
    out += repeated_digits()
    out += running_digits()
    out += dates()
    out += with_suffixes(WORDS)
    out += word_years(["password", "admin", "woaini", "iloveyou", "qwerty", "abc", "love", "china", "huzhu",
                       "welcome", "zhang", "wang", "li", "liu", "chen", "yang", "a", "aa", "qq", "abcd", "pass",
                       "test", "summer", "winter", "spring", "autumn"])
    seen = set()
    unique = []
    for password in out:
        lower = password.lower()
        if lower not in seen:
            seen.add(lower)
            unique.append(lower)
    target = pathlib.Path(__file__).resolve().parent.parent / "ejb/src/main/resources/org/huzhu/domain/model/user/common-passwords.txt"
    header = ["# The commonest passwords, refused by PasswordPolicy (lower case; the check ignores case).",
              "# Generated by bin/common-passwords.py from general knowledge; regenerate rather than edit."]
    target.write_text("\n".join(header + unique) + "\n", encoding="utf-8")
    print(f"{len(unique)} passwords written to {target}")


if __name__ == "__main__":
    main()
