package occasion_test

import (
	"fmt"

	"github.com/dualdate/dualdate/hebrew"
	"github.com/dualdate/dualdate/occasion"
)

func ExampleOn() {
	d := hebrew.Date{Year: 5785, Month: hebrew.Nisan, Day: 22}
	for _, s := range []occasion.Schedule{occasion.Diaspora, occasion.Israel} {
		fmt.Println(s, occasion.On(d, s))
	}
	// Output:
	// diaspora [Pesach VIII]
	// israel []
}

func ExamplePortionOf() {
	d := hebrew.Date{Year: 5784, Month: hebrew.AdarI, Day: 20}
	p, ok := occasion.PortionOf(d, occasion.Diaspora)
	fmt.Println(p, p.Date, ok)
	fmt.Println(occasion.PortionWord(hebrew.French), p.Name(hebrew.French))
	// Output:
	// Ki Tisa 22 Adar I 5784 true
	// Parachah Ki Tissa
}

func ExampleFind() {
	o, ok := occasion.Find("Passover", 5784, occasion.Diaspora)
	fmt.Println(o, o.Date, o.Kind, ok)
	_, ok = occasion.Find("Passovr", 5784, occasion.Diaspora)
	fmt.Println(ok)
	// Output:
	// Pesach I 15 Nisan 5784 yom tov true
	// false
}

func ExampleOccasion_Name() {
	d := hebrew.Date{Year: 5784, Month: hebrew.AdarII, Day: 14}
	o := occasion.On(d, occasion.Diaspora)[0]
	for _, f := range []hebrew.Family{hebrew.Hebcal, hebrew.Hebrew, hebrew.French, hebrew.Russian} {
		fmt.Println(o.Name(f))
	}
	// Output:
	// Purim
	// פורים
	// Pourim
	// Пурим
}

func ExampleOccasion_Is() {
	d := hebrew.Date{Year: 5785, Month: hebrew.Kislev, Day: 27}
	o := occasion.On(d, occasion.Diaspora)[0]
	fmt.Println(o, o.Is("Hanukkah"), o.Is("חנוכה"), o.Is("Purim"))
	// Output:
	// Chanukah: 4 Candles true true false
}

func ExampleKey() {
	fmt.Println(occasion.Key("Tisha B'Av") == occasion.Key("Tish'a B'Av"))
	fmt.Println(occasion.Key("Pourim") == occasion.Key("Purim"))
	// Output:
	// true
	// true
}
