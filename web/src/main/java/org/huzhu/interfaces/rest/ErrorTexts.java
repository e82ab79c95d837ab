package org.huzhu.interfaces.rest;

/** Titles of the HTTP errors a user can meet, in Chinese and English. */
final class ErrorTexts {

    private ErrorTexts() {
    }

    static String forStatus(int status) {
        return switch (status) {
            case 400 -> "请求格式不正确";
            case 401 -> "请先登录";
            case 403 -> "您没有执行此操作的权限";
            case 404 -> "未找到，或您无权查看";
            case 405 -> "不支持此操作";
            case 406, 415 -> "不支持的内容格式";
            case 409 -> "与当前状态冲突";
            case 413 -> "上传的文件过大";
            default -> "请求无法处理";
        };
    }

    static String forStatus(int status, Language language) {
        if (language == Language.ZH) {
            return forStatus(status);
        }
        return switch (status) {
            case 400 -> "the request is malformed";
            case 401 -> "sign in first";
            case 403 -> "you may not do this";
            case 404 -> "not found, or not yours to see";
            case 405 -> "this method is not supported here";
            case 406 -> "no answer in an acceptable media type";
            case 415 -> "unsupported media type";
            case 409 -> "this conflicts with the current state";
            case 413 -> "the request is too large";
            default -> "the request cannot be handled";
        };
    }
}
