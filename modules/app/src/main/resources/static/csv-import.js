// The import page: a chosen file is read into the text field, which the form sends (the form works
// without this script too: paste the file's text into the field).
document.addEventListener("DOMContentLoaded", function () {
    var file = document.getElementById("i-fil");
    var text = document.getElementById("i-csv");
    if (!file || !text) {
        return;
    }
    file.addEventListener("change", function () {
        if (!file.files.length) {
            return;
        }
        var reader = new FileReader();
        reader.onload = function () {
            text.value = reader.result;
        };
        reader.readAsText(file.files[0], "UTF-8");
    });
});
